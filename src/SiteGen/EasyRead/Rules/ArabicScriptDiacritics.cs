using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Easy Read in Arabic or Urdu adds the vowel marks a reader needs to say a word (W3C COGA o3p07).
/// Only a reader can judge which are needed, so an Arabic or Urdu Easy Read page with no review
/// record gets a reminder.
/// </summary>
public sealed class ArabicScriptDiacritics : ReadabilityRule
{
    private static readonly HashSet<string> Languages = new(StringComparer.OrdinalIgnoreCase) { "ar", "ur" };

    public override string Id => "ER033";
    public override string Name => "ml-ar-diacritics";
    public override Severity Severity => Severity.Info;
    public override string Source => "W3C COGA o3p07";
    public override string Help => "Ask a reader of the language to check that the words that need vowel marks have them, then record the review: review: { checkedBy: [...], date: ... }.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        if (!Languages.Contains(page.Language.Split('-')[0]) || page.Review is { CheckedBy.Count: > 0 }) yield break;
        yield return Report(page.ReviewAt, "No review record says a reader checked the vowel marks (diacritics) on this page.");
    }
}
