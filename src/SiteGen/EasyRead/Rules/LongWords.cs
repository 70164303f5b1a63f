using SiteGen.Diagnostics;
using SiteGen.EasyRead.Readability;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Words of three or more syllables are hard unless they are everyday words, names, or explained in
/// the glossary (W3C COGA o3p01 clear words; Inclusion Europe standards 6 and 7). English only,
/// because the syllable count is. Each word is reported once, where it is first used.
/// </summary>
public sealed class LongWords : ReadabilityRule
{
    public override string Id => "ER005";
    public override string Name => "er-long-words";
    public override Severity Severity => Severity.Warning;
    public override string Source => "W3C COGA o3p01; Inclusion Europe \"Information for all\" 6-7";
    public override string Help => "Use a shorter, everyday word, or add the word to glossary.yml with a plain explanation.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        if (!page.IsEnglish) yield break;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in page.Text.Sentences)
        {
            var explained = page.GlossaryWordsIn(sentence);
            foreach (var word in sentence.Words)
            {
                if (TextStatistics.CountsAsNumber(word.Text) || page.IsProperName(word) || EasyWords.IsEasy(word.Text)
                    || Glossary.Glossary.Covers(explained, word.Index, word.Text.Length))
                    continue;
                var syllables = EnglishSyllables.Count(word.Text);
                if (syllables >= 3 && seen.Add(word.Text))
                    yield return Report(word.At, $"\"{word.Text}\" is a long word ({syllables} syllables).");
            }
        }
    }
}
