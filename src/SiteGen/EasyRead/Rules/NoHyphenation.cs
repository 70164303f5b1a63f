using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Words are never split across lines (People First; The Advocacy Project). A soft hyphen (U+00AD,
/// or &amp;shy;) lets the browser split a word, so it is an error in text and headings; the theme
/// sets hyphens: none, which the browser tests check.
/// </summary>
public sealed class NoHyphenation : ReadabilityRule
{
    public const char SoftHyphen = '\u00AD';

    public override string Id => "ER025";
    public override string Name => "er-no-hyphenation";
    public override Severity Severity => Severity.Warning;
    public override string Source => "People First Easy Read standards; The Advocacy Project";
    public override string Help => "Remove the soft hyphen (&shy;) so the word stays whole.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var heading in page.Text.Headings.Where(h => h.Text.Contains(SoftHyphen)))
            yield return Report(heading.At, "This heading has a soft hyphen, which lets a word break across 2 lines.");
        foreach (var sentence in page.Text.Sentences)
        {
            var at = sentence.Text.IndexOf(SoftHyphen);
            // The word the hyphen would split starts before it.
            if (at >= 0)
                yield return Report(sentence.PositionOf(Math.Max(0, at - 1)), "This sentence has a soft hyphen, which lets a word break across 2 lines.");
        }
    }
}
