using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>One problem found by a rule, pointing at the element (page rules) or the CSS rule (stylesheet rules) it is about.</summary>
/// <param name="Message">What is wrong, specifically, quoting the offending text.</param>
/// <param name="Element">The element at fault; the generator maps it to a markdown line via data-md-pos. Null for stylesheet findings.</param>
/// <param name="Page">The page; for a stylesheet finding, the stylesheet's stand-in page (<see cref="StylesheetContext.Page"/>),
/// whose Url is the stylesheet path.</param>
public sealed record Finding(
    string RuleId,
    string RuleName,
    string Wcag,
    Severity Severity,
    string Message,
    IElement? Element,
    PageContext Page)
{
    /// <summary>The rule's fix advice; filled in by rules, empty for hand-made findings.</summary>
    public string Help { get; init; } = "";

    /// <summary>For a stylesheet finding, the stylesheet's path as given to <see cref="StylesheetContext"/>; null for page findings.</summary>
    public string? Stylesheet { get; init; }

    /// <summary>1-based line in the stylesheet of the CSS rule at fault; null for page findings.</summary>
    public int? SourceLine { get; init; }

    /// <summary>1-based column in the stylesheet of the CSS rule at fault; null for page findings.</summary>
    public int? SourceColumn { get; init; }

    /// <summary>The full diagnostic in the contract's form: "{Message} {Help} (WCAG {Wcag})."</summary>
    public string Text => Compose(Message, Help, Wcag);

    /// <summary>"{Message} {Help} (WCAG {Wcag})." for any finding's parts.</summary>
    public static string Compose(string message, string help, string wcag)
    {
        // Help is written as sentences; its final full stop moves after the WCAG reference.
        var trimmed = help.Trim().TrimEnd('.');
        return trimmed.Length == 0
            ? $"{message} (WCAG {wcag})."
            : $"{message} {trimmed} (WCAG {wcag}).";
    }
}
