using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;
using SiteGen.EasyRead.Readability;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// A sentence is hard when most readability formulas agree it is: each of seven formulas
/// (<see cref="SentenceScores"/>) gives the sentence a reading age, and when 4 or more of the 7 are
/// above age 11 (grade 6, the end of primary school) the sentence is flagged. This is
/// retext-readability's consensus method, with its minimum of 5 words a sentence. English only: the
/// syllable counts and the familiar-word lists are English.
/// </summary>
public sealed class SentenceConsensus : ReadabilityRule
{
    public const int TargetAge = 11;
    public const int MinFormulas = 4;
    public const int MinWords = 5;

    public override string Id => "ER026";
    public override string Name => "er-sentence-consensus";
    public override Severity Severity => Severity.Warning;
    public override string? Wcag => "3.1.5";
    public override string Source => "retext-readability consensus method; WCAG 3.1.5 (primary education)";
    public override string Help => "Use shorter, everyday words, or split the sentence.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        if (!page.IsEnglish) yield break;
        foreach (var sentence in page.Text.Sentences)
        {
            if (CountsOf(sentence, page) is not { } counts) continue;
            var over = SentenceScores.Ages(counts).Where(a => a.Age > TargetAge).ToList();
            if (over.Count >= MinFormulas)
                yield return Report(sentence.At, string.Create(CultureInfo.InvariantCulture,
                    $"{over.Count} of 7 readability formulas find this sentence harder than age {TargetAge} ({string.Join(", ", over.Select(a => a.Formula))})."));
        }
    }

    /// <summary>
    /// The counts of one sentence, over the words a reader must read unaided: names (which WCAG 3.1.5
    /// leaves out of reading level) and glossary words (explained beside the text) are left out, as
    /// the page's own figures and er-long-words leave them out. Null when fewer than 5 words are left.
    /// </summary>
    public static SentenceCounts? CountsOf(Sentence sentence, ReadabilityPage page)
    {
        var explained = page.GlossaryWordsIn(sentence);
        var words = sentence.Words.Where(w => !page.IsProperName(w) && !Glossary.Glossary.Covers(explained, w.Index, w.Text.Length)).ToList();
        if (words.Count < MinWords) return null;
        int syllables = 0, letters = 0, poly = 0, daleChall = 0, spache = 0;
        foreach (var word in words)
        {
            var s = TextStatistics.CountsAsNumber(word.Text) ? 1 : EnglishSyllables.Count(word.Text);
            syllables += s;
            letters += word.Text.Count(char.IsLetterOrDigit);
            if (s >= 3) poly++;
            if (!FamiliarWords.IsFamiliar(word.Text, WordLists.DaleChallFamiliar)) daleChall++;
            if (!FamiliarWords.IsFamiliar(word.Text, WordLists.SpacheFamiliar)) spache++;
        }
        // Names are already left out, so every word of 3 or more syllables is a complex word for Gunning Fog.
        return new SentenceCounts(words.Count, syllables, letters, poly, poly, daleChall, spache);
    }
}
