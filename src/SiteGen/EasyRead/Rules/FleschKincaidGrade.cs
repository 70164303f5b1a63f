using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// The Flesch–Kincaid grade of an English Easy Read page is 6 or less: the end of primary
/// education, WCAG 3.1.5's measure (formula in <see cref="Readability.TextStatistics"/>).
/// </summary>
public sealed class FleschKincaidGrade : ReadabilityRule
{
    public const double MaxGrade = 6;

    public override string Id => "ER006";
    public override string Name => "er-fk-grade";
    public override Severity Severity => Severity.Warning;
    public override string? Wcag => "3.1.5";
    public override string Source => "WCAG 3.1.5 (primary education: 6 years of school)";
    public override string Help => "Use shorter sentences and shorter words; the long-word and sentence-length findings show where.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var stats = page.Statistics;
        if (!page.IsEnglish || !stats.Measurable || Math.Round(stats.FleschKincaidGrade, 1) <= MaxGrade) yield break;
        yield return Report(page.Text.Sentences.First().At,
            string.Create(CultureInfo.InvariantCulture, $"This page reads at Flesch–Kincaid grade {stats.FleschKincaidGrade:0.0}; Easy Read aims for grade {MaxGrade:0} or lower."));
    }
}
