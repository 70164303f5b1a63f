using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>An Easy Read document stays under 1000 words; longer ones are split (easyreadstandard.org; GOV.UK: 24 pages at most).</summary>
public sealed class WordCount : ReadabilityRule
{
    public const int MaxWords = 1000;

    public override string Id => "ER019";
    public override string Name => "er-word-count";
    public override Severity Severity => Severity.Warning;
    public override string Source => "easyreadstandard.org Standard 1; GOV.UK (24 pages or fewer)";
    public override string Help => "Split it into 2 Easy Read pages, or leave out what readers do not need.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var words = page.Statistics.Words;
        if (words > MaxWords)
            yield return Report(page.Text.Sentences.First().At, $"This page has {words} words; an Easy Read page has {MaxWords} or fewer.");
    }
}
