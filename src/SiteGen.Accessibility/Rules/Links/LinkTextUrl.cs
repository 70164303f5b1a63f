using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>Link text is not a long web address, which screen readers spell out character by character.</summary>
public sealed partial class LinkTextUrl : Rule
{
    /// <summary>Short addresses such as www.example.org are readable; longer ones are not.</summary>
    public const int MaxLength = 30;

    public override string Id => "A11Y043";
    public override string Name => "link-text-url";
    public override string Wcag => "2.4.4";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Use the name of the page or organisation as the link text instead of its address.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            var name = AccessibleName.Of(a);
            if (name.Length > MaxLength && Address().IsMatch(name) && !page.IsHidden(a))
                yield return Report(page, a, $"The link text \"{Dom.Quote(name)}\" is a web address.");
        }
    }

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
