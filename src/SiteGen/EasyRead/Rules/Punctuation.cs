using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Simple punctuation (Department of Health; The Advocacy Project; W3C COGA o3p06): screen readers
/// and readers stumble on semicolons, word/word slashes, ampersands, long asides in brackets and
/// repeated exclamation marks. Web addresses are left alone.
/// </summary>
public sealed partial class Punctuation : ReadabilityRule
{
    public const int MaxWordsInBrackets = 3;

    public override string Id => "ER023";
    public override string Name => "er-punctuation";
    public override Severity Severity => Severity.Warning;
    public override string Source => "Department of Health \"simple punctuation\"; The Advocacy Project; W3C COGA o3p06";
    public override string Help => "Use full stops and commas, and write words out: \"and\", not \"&\"; \"or\", not \"/\".";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
        {
            var text = Address().Replace(sentence.Text, m => new string(' ', m.Length));
            foreach (Match m in Semicolon().Matches(text))
                yield return Report(sentence.PositionOf(m.Index), "This sentence has a semicolon.");
            foreach (Match m in Slash().Matches(text))
                yield return Report(sentence.PositionOf(m.Index), $"\"{m.Value}\" joins words with a slash.");
            foreach (Match m in Ampersand().Matches(text))
                yield return Report(sentence.PositionOf(m.Index), "This sentence has an ampersand (&).");
            foreach (Match m in Brackets().Matches(text))
            {
                var words = Readability.TextUnits.Words(m.Groups[1].Value).Count;
                if (words > MaxWordsInBrackets)
                    yield return Report(sentence.PositionOf(m.Index), $"The brackets hold {words} words; keep brackets to {MaxWordsInBrackets} words or fewer, or make it a sentence.");
            }
            foreach (Match m in Exclamations().Matches(text))
                yield return Report(sentence.PositionOf(m.Index), "This sentence has more than one exclamation mark in a row.");
        }
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\S+@\S+\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(";")]
    private static partial Regex Semicolon();

    [GeneratedRegex(@"\p{L}+\s?/\s?\p{L}+")]
    private static partial Regex Slash();

    [GeneratedRegex("&")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"!(?:\s*!)+")]
    private static partial Regex Exclamations();
}
