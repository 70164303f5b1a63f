namespace SiteGen.Accessibility.Rules;

/// <summary>A link that opens a new tab or window says so in its text (GOV.UK: "opens in new tab").</summary>
/// <remarks>A missing rel="noopener" is not reported: browsers now imply it for target=_blank, and it is a
/// security matter rather than an accessibility one.</remarks>
public sealed class LinkNewWindow : Rule
{
    private static readonly string[] Warnings =
    [
        "new tab", "new window", "new browser tab", "new browser window",
        // Welsh: "tab newydd" (new tab), "ffenestr newydd" (new window).
        "tab newydd", "ffenestr newydd",
    ];

    public override string Id => "A11Y023";
    public override string Name => "link-new-window";
    public override string Wcag => "3.2.5";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Let links open in the same tab, or add \"(opens in new tab)\" to the link text.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href][target], area[href][target]"))
        {
            var target = a.GetAttribute("target")!.Trim().ToLowerInvariant();
            if (target is "" or "_self" or "_top" or "_parent" || page.IsHidden(a)) continue;
            var name = AccessibleName.Of(a);
            var normal = Scripts.Normalise(name);
            if (!Warnings.Any(w => normal.Contains(w, StringComparison.Ordinal)))
                yield return Report(page, a, $"The link \"{Dom.Quote(name)}\" opens a new tab without saying so.");
        }
    }
}
