using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>Flesch Reading Ease of an English Easy Read page is 80 ("easy") or more; below that a person should look (textstat's bands).</summary>
public sealed class FleschReadingEase : ReadabilityRule
{
    public const double MinEase = 80;

    public override string Id => "ER007";
    public override string Name => "er-flesch-ease";
    public override Severity Severity => Severity.Info;
    public override string Source => "Flesch (1948) bands: 80-89 easy, about 6th grade";
    public override string Help => "Shorter sentences and words of one or two syllables raise the score.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var stats = page.Statistics;
        if (!page.IsEnglish || !stats.Measurable || Math.Round(stats.FleschReadingEase, 1) >= MinEase) yield break;
        yield return Report(page.Text.Sentences.First().At,
            string.Create(CultureInfo.InvariantCulture, $"Flesch Reading Ease is {stats.FleschReadingEase:0.0}; Easy Read aims for {MinEase:0} or more."));
    }
}
