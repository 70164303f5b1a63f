using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>A point (the text beside one picture) has at most 50 words and 3 sentences (W3C COGA o3p05; 3 sentences is SiteGen's default).</summary>
public sealed class PointLength : ReadabilityRule
{
    public const int MaxWords = 50;
    public const int MaxSentences = 3;

    public override string Id => "ER003";
    public override string Name => "er-point-length";
    public override Severity Severity => Severity.Warning;
    public override string Source => "W3C COGA o3p05 (split text of more than 50 words)";
    public override string Help => "Start a new point with its own picture for the rest.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var point in page.Text.Points)
        {
            var sentences = point.Sentences.Count();
            if (point.WordCount > MaxWords)
                yield return Report(point.At, $"This point has {point.WordCount} words; an Easy Read point has {MaxWords} or fewer.");
            else if (sentences > MaxSentences)
                yield return Report(point.At, $"This point has {sentences} sentences; an Easy Read point has {MaxSentences} or fewer.");
        }
    }
}
