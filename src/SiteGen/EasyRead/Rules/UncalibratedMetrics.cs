using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// No readability formula is calibrated for Welsh, Urdu, Bengali or Somali, so their Easy Read pages
/// get the language-free figures (words a sentence, LIX) to read, never a verdict.
/// </summary>
public sealed class UncalibratedMetrics : ReadabilityRule
{
    public override string Id => "ER008";
    public override string Name => "er-metrics-uncalibrated";
    public override Severity Severity => Severity.Info;
    public override string? Wcag => "3.1.5";
    public override string Source => "textstat language configurations (none for cy, ur, bn, so); WCAG 3.1.5";
    public override string Help => "Ask a speaker of the language who knows Easy Read to check the page.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var stats = page.Statistics;
        if (page.IsEnglish || !stats.Measurable) yield break;
        yield return Report(page.Text.Sentences.First().At,
            string.Create(CultureInfo.InvariantCulture,
                $"Readability ({page.Language}, no calibrated formula): {stats.WordsPerSentence:0.0} words a sentence, LIX {stats.Lix:0}, {stats.Words} words in {stats.Sentences} sentences."));
    }
}
