namespace SiteGen.Accessibility.Rules;

/// <summary>No accesskey shortcuts: they clash with screen reader and browser keys.</summary>
public sealed class Accesskey : Rule
{
    public override string Id => "A11Y056";
    public override string Name => "accesskey";
    public override string Wcag => "2.1.4";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Remove the accesskey attribute.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("[accesskey]"))
            yield return Report(page, e, $"A <{e.LocalName}> has the keyboard shortcut accesskey=\"{Dom.Quote(e.GetAttribute("accesskey")!, 10)}\".");
    }
}
