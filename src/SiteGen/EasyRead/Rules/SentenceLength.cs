using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Easy Read sentences have at most 15 words (GOV.UK "10 to 15 words", DH rule 13, PIF): a warning, as guidance
/// that cites no WCAG criterion.
/// </summary>
public sealed class SentenceLength : ReadabilityRule
{
    public const int WarnAbove = 15;

    public override string Id => "ER001";
    public override string Name => "er-sentence-length";
    public override Severity Severity => Severity.Warning;
    public override string Source => "GOV.UK accessible communication formats; Department of Health rule 13; PIF Easy Read Matters";
    public override string Help => "Split it into shorter sentences with one idea each.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
            if (sentence.Words.Count > WarnAbove)
                yield return Report(sentence.At,
                    $"This sentence has {sentence.Words.Count} words; Easy Read sentences have {WarnAbove} or fewer.");
    }
}
