using SiteGen.EasyRead.Readability;
using SiteGen.EasyRead.Rules;
using static SiteGen.Tests.EasyRead.EasyReadPages;

namespace SiteGen.Tests.EasyRead;

/// <summary>
/// The seven formulas of er-sentence-consensus, each checked against a hand computation on one
/// sentence's counts: 10 words, 15 syllables, 50 letters, 2 words of 3 or more syllables (both
/// complex), 1 word not on the Dale–Chall list and 2 not on the Spache list.
/// </summary>
public sealed class SentenceConsensusTests
{
    private static readonly SentenceCounts Counts = new(Words: 10, Syllables: 15, Letters: 50, Polysyllables: 2, ComplexWords: 2, DaleChallDifficult: 1, SpacheUnfamiliar: 2);

    private static double AgeBy(string formula) => SentenceScores.Ages(Counts).Single(a => a.Formula == formula).Age;

    // 4.71 × 50 ÷ 10 + 0.5 × 10 − 21.43 = 23.55 + 5 − 21.43 = 7.12; age round(12.12) = 12.
    [Fact]
    public void Automated_readability_index()
    {
        Assert.Equal(7.12, SentenceScores.AutomatedReadabilityIndex(Counts), 6);
        Assert.Equal(12, AgeBy("Automated Readability Index"));
    }

    // 0.0588 × 500 − 0.296 × 10 − 15.8 = 29.4 − 2.96 − 15.8 = 10.64; age round(15.64) = 16.
    [Fact]
    public void Coleman_liau()
    {
        Assert.Equal(10.64, SentenceScores.ColemanLiau(Counts), 6);
        Assert.Equal(16, AgeBy("Coleman–Liau"));
    }

    // 10% difficult: 0.1579 × 10 + 0.0496 × 10 + 3.6365 = 1.579 + 0.496 + 3.6365 = 5.7115; band "under 6" is grade 6; age 11.
    [Fact]
    public void Dale_chall()
    {
        Assert.Equal(5.7115, SentenceScores.DaleChall(Counts), 6);
        Assert.Equal(11, AgeBy("Dale–Chall"));
    }

    // 5% difficult or less adds no 3.6365: 1 in 20 words is 0.1579 × 5 + 0.0496 × 20 = 0.7895 + 0.992 = 1.7815.
    [Fact]
    public void Dale_chall_adds_its_constant_only_above_5_percent_difficult_words() =>
        Assert.Equal(1.7815, SentenceScores.DaleChall(Counts with { Words = 20 }), 6);

    // 206.835 − 1.015 × 10 − 84.6 × 1.5 = 206.835 − 10.15 − 126.9 = 69.785; age 20 − floor(6.9785) = 14.
    [Fact]
    public void Flesch_reading_ease()
    {
        Assert.Equal(69.785, SentenceScores.FleschReadingEase(Counts), 6);
        Assert.Equal(14, AgeBy("Flesch Reading Ease"));
    }

    // 1.043 × √(2 × 30) + 3.1291 = 1.043 × 7.745967 + 3.1291 = 11.208143; age ceil(√11.208143 + 2.5) = ceil(5.847857) = 6.
    [Fact]
    public void Smog()
    {
        Assert.Equal(11.208143, SentenceScores.Smog(Counts), 5);
        Assert.Equal(6, AgeBy("SMOG"));
    }

    // 0.4 × (10 + 100 × 2 ÷ 10) = 0.4 × 30 = 12; age round(17) = 17.
    [Fact]
    public void Gunning_fog()
    {
        Assert.Equal(12, SentenceScores.GunningFog(Counts), 6);
        Assert.Equal(17, AgeBy("Gunning Fog"));
    }

    // 0.121 × 10 + 0.082 × 20 + 0.659 = 1.21 + 1.64 + 0.659 = 3.509; age round(8.509) = 9.
    [Fact]
    public void Spache()
    {
        Assert.Equal(3.509, SentenceScores.Spache(Counts), 6);
        Assert.Equal(9, AgeBy("Spache"));
    }

    [Theory]
    [InlineData(4.9, 4)]
    [InlineData(5, 6)]
    [InlineData(9.99, 15)]
    [InlineData(10, double.PositiveInfinity)]
    public void Dale_chall_scores_map_to_the_top_grade_of_their_band(double score, double grade) =>
        Assert.Equal(grade, SentenceScores.DaleChallGrade(score));

    // Ages 12, 16, 11, 14, 6, 17, 9: four (12, 16, 14, 17) are above 11.
    [Fact]
    public void Four_of_seven_ages_above_11_make_a_sentence_hard() =>
        Assert.Equal(4, SentenceScores.Ages(Counts).Count(a => a.Age > SentenceConsensus.TargetAge));

    // "The cat sat on the mat.": 6 words, 6 syllables, 17 letters, none long; "mat" is not on the Spache list.
    // ARI 4.71 × 17 ÷ 6 + 3 − 21.43 = −5.085 (age 0); Coleman–Liau 16.66 − 4.933 − 15.8 = −4.073 (age 1);
    // Dale–Chall 0.0496 × 6 = 0.2976 (grade 4, age 9); Flesch 116.145 (age 9); SMOG 3.1291 (age 5);
    // Fog 2.4 (age 7); Spache 0.726 + 1.367 + 0.659 = 2.752 (age 8): none above 11.
    [Fact]
    public void A_short_plain_sentence_passes() => Assert.Empty(Check<SentenceConsensus>("The cat sat on the mat."));

    // Every word has 3 or more syllables and is on neither list: SMOG's age is ceil(√(1.043 × √180 + 3.1291) + 2.5) = 7,
    // the other six are far above 11.
    [Fact]
    public void A_sentence_of_long_rare_words_is_hard_by_6_of_7_formulas() =>
        Assert.Contains("6 of 7", Assert.Single(Check<SentenceConsensus>("Organisational accountability necessitates comprehensive institutional transformation.")).Message);

    [Fact]
    public void A_sentence_of_fewer_than_5_words_is_not_scored() =>
        Assert.Empty(Check<SentenceConsensus>("Organisational accountability necessitates transformation."));

    [Fact]
    public void Glossary_words_are_left_out_of_the_counts() =>
        Assert.Null(SentenceConsensus.CountsOf(Of("We have lived experience of it.").Text.Sentences.Single(), Of("We have lived experience of it.")));

    [Theory]
    [InlineData("joined")]
    [InlineData("happiest")]
    [InlineData("stopped")]
    [InlineData("groups")]
    public void A_listed_word_with_a_regular_ending_is_familiar(string word) =>
        Assert.True(FamiliarWords.IsFamiliar(word, WordLists.DaleChallFamiliar));

    [Fact]
    public void An_unlisted_word_is_not_familiar() => Assert.False(FamiliarWords.IsFamiliar("necessitates", WordLists.DaleChallFamiliar));
}
