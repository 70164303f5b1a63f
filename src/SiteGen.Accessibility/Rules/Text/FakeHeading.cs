namespace SiteGen.Accessibility.Rules;

/// <summary>A short bold paragraph is not used instead of a heading (failure F2; static form of axe p-as-heading).</summary>
public sealed class FakeHeading : Rule
{
    /// <summary>Longer bold paragraphs are emphasis, not headings.</summary>
    public const int MaxLength = 80;

    public override string Id => "A11Y047";
    public override string Name => "fake-heading";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Make it a real heading with ## (or ###) at the start of the line instead of making it bold.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var p in page.QuerySelectorAll("p"))
        {
            if (p.Children.Length != 1 || p.Children[0].LocalName is not ("strong" or "b")) continue;
            var text = Dom.Collapse(p.TextContent);
            if (text.Length == 0 || text.Length > MaxLength || Dom.Collapse(p.Children[0].TextContent) != text) continue;
            if (text[^1] is '.' or ':' or '?' or '!' or '…' or '۔' or '؟') continue;
            if (p.NextElementSibling is null) continue; // nothing follows, so nothing is headed
            yield return Report(page, p, $"The bold line \"{Dom.Quote(text)}\" looks like a heading but is not marked as one.");
        }
    }
}
