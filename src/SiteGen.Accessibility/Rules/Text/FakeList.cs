using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Lines that start with bullets, dashes, numbers or emoji are a real list, so screen readers announce "list, 3 items" (technique H48).</summary>
public sealed partial class FakeList : Rule
{
    public override string Id => "A11Y046";
    public override string Name => "fake-list";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Make it a markdown list: start each line with \"- \" (or \"1. \" for steps) and leave a blank line before it.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        // Each paragraph's lines are asked for up to three times (its own, as the next of a run, as the
        // previous of another), so they are split once per page.
        var linesOf = new Dictionary<IElement, List<string>>();
        List<string> LinesOf(IElement p) => linesOf.TryGetValue(p, out var lines) ? lines : linesOf[p] = Lines(p);
        string FirstLine(IElement p) => LinesOf(p) is [var first, ..] ? first : "";

        // Lines inside one paragraph (soft line breaks or <br>).
        var paragraphs = page.QuerySelectorAll("p");
        foreach (var p in paragraphs)
        {
            var markers = LinesOf(p).Select(Marker).Where(m => m is not null).ToList();
            if (markers.Count >= 2)
                yield return Finding(page, p, markers!);
        }

        // Consecutive paragraphs that each start with a marker; report the first of the run.
        foreach (var p in paragraphs)
        {
            if (PreviousParagraph(p) is { } prev && Marker(FirstLine(prev)) is not null) continue; // not the start of a run
            var run = new List<string>();
            for (var e = p; e is not null && Marker(FirstLine(e)) is { } m; e = NextParagraph(e)) run.Add(m);
            if (run.Count >= 2 && LinesOf(p).Count(l => Marker(l) is not null) < 2)
                yield return Finding(page, p, run);
        }
    }

    private Finding Finding(PageContext page, IElement p, List<string> markers)
    {
        // Three or more lines with the same marker is certainly a list written by hand.
        var certain = markers.Count >= 3 && markers.Distinct().Count() == 1;
        return Report(page, p, $"{markers.Count} lines start with \"{markers[0]}\" but are not a list.", certain ? Severity.Error : Severity.Warning);
    }

    private static IElement? NextParagraph(IElement e) => e.NextElementSibling is { LocalName: "p" } n ? n : null;
    private static IElement? PreviousParagraph(IElement e) => e.PreviousElementSibling is { LocalName: "p" } n ? n : null;

    private static List<string> Lines(IElement p)
    {
        var sb = new StringBuilder();
        foreach (var node in p.ChildNodes)
        {
            if (node is IElement { LocalName: "br" }) sb.Append('\n');
            else sb.Append(node.TextContent);
        }
        return sb.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    /// <summary>The list marker a line starts with ("•", "-", "1.", an emoji ...), or null.</summary>
    internal static string? Marker(string line)
    {
        if (line.Length < 2) return null;
        if (line[0] is '•' or '·' or '-' or '*' or '–' or '▪' or '◦' or '‣' or '→' or '>' && char.IsWhiteSpace(line[1])) return line[0].ToString();
        if (Numbered().IsMatch(line)) return "1.";
        var first = line.EnumerateRunes().First();
        if (Scripts.IsEmoji(first.Value) && first.Value > 0x2000) return first.ToString();
        return null;
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
