namespace SiteGen.Accessibility.Rules;

/// <summary>
/// A short bold paragraph is not used instead of a heading (failure F2; static form of axe p-as-heading). Bold
/// that is not a heading is left alone: a sentence (it ends with a full stop or colon, or runs past
/// <see cref="MostWords"/> words), a quotation, a bold link (a call to action), a line with nothing after it to
/// head or a heading straight after it, and bold inside a list, table, quotation or figure.
/// </summary>
public sealed class FakeHeading : Rule
{
    /// <summary>Longer bold paragraphs are emphasis, not headings.</summary>
    public const int MaxLength = 80;

    /// <summary>A bold line of more words is a sentence written in bold, not a heading.</summary>
    public const int MostWords = 10;

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
            if (IsSentenceOrQuote(text) || page.HasDescendant(p, "a[href]")) continue;
            // Nothing follows, so nothing is headed; or a real heading follows, which heads what comes next.
            if (p.NextElementSibling is not { } next || next.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hr") continue;
            if (p.ParentElement?.Closest("li, td, th, blockquote, figure, figcaption, dd") is not null) continue;
            yield return Report(page, p, $"The bold line \"{Dom.Quote(text)}\" looks like a heading but is not marked as one.");
        }
    }

    private static bool IsSentenceOrQuote(string text) =>
        text[^1] is '.' or ':' or '?' or '!' or '…' or '۔' or '؟'
        || text[0] is '"' or '“' or '‘' or '\'' or '«'
        || Words.Count(text) > MostWords;
}
