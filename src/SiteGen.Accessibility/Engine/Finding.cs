using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>One problem found by a rule, pointing at the element it is about.</summary>
/// <param name="Message">What is wrong, specifically, quoting the offending text.</param>
/// <param name="Element">The element at fault; the generator maps it to a markdown line via data-md-pos.</param>
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

    /// <summary>The full diagnostic in the contract's form: "{Message} {Help} (WCAG {Wcag})."</summary>
    public string Text
    {
        get
        {
            // Help is written as sentences; its final full stop moves after the WCAG reference.
            var help = Help.Trim().TrimEnd('.');
            return help.Length == 0
                ? $"{Message} (WCAG {Wcag})."
                : $"{Message} {help} (WCAG {Wcag}).";
        }
    }
}
