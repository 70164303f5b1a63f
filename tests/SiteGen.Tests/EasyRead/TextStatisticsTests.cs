using SiteGen.EasyRead.Readability;

namespace SiteGen.Tests.EasyRead;

/// <summary>
/// The formulas against scores worked out by hand:
/// Flesch Reading Ease = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words;
/// Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59;
/// LIX = words/sentences + 100 × (words over 6 letters)/words.
/// </summary>
public sealed class TextStatisticsTests
{
    // "The cat sat on the mat." 6 words, 1 sentence, 6 syllables (one each), no word over 6 letters.
    private static readonly TextStatistics Cat = TextStatistics.Of(["The cat sat on the mat."]);

    // "Diversity means including people from lots of different groups." 9 words:
    //   di-ver-si-ty 4, means 1, in-clu-ding 3, peo-ple 2, from 1, lots 1, of 1, dif-fer-ent 3, groups 1 = 17 syllables.
    // "We listened." 2 words: we 1, lis-tened 2 = 3 syllables.
    // Totals: 11 words, 2 sentences, 20 syllables; over 6 letters: diversity, including, different, listened = 4.
    private static readonly TextStatistics Diversity = TextStatistics.Of(["Diversity means including people from lots of different groups.", "We listened."]);

    [Fact]
    public void Counts_words_sentences_syllables_and_long_words()
    {
        Assert.Equal(new TextStatistics(6, 1, 6, 0, 0), Cat);
        Assert.Equal(new TextStatistics(11, 2, 20, 4, 3), Diversity);
    }

    [Fact]
    public void Flesch_reading_ease_matches_the_hand_computation()
    {
        // 206.835 − 1.015 × 6 − 84.6 × 1 = 206.835 − 6.09 − 84.6 = 116.145
        Assert.Equal(116.145, Cat.FleschReadingEase, 3);
        // 206.835 − 1.015 × 5.5 − 84.6 × 20/11 = 206.835 − 5.5825 − 153.8182 = 47.4343
        Assert.Equal(47.4343, Diversity.FleschReadingEase, 3);
    }

    [Fact]
    public void Flesch_kincaid_grade_matches_the_hand_computation()
    {
        // 0.39 × 6 + 11.8 × 1 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
        Assert.Equal(-1.45, Cat.FleschKincaidGrade, 3);
        // 0.39 × 5.5 + 11.8 × 20/11 − 15.59 = 2.145 + 21.454545 − 15.59 = 8.009545
        Assert.Equal(8.009545, Diversity.FleschKincaidGrade, 4);
    }

    [Fact]
    public void Lix_matches_the_hand_computation()
    {
        // 6 + 100 × 0/6 = 6
        Assert.Equal(6, Cat.Lix, 3);
        // 5.5 + 100 × 4/11 = 5.5 + 36.3636 = 41.8636
        Assert.Equal(41.8636, Diversity.Lix, 3);
    }

    [Fact]
    public void A_number_in_digits_is_one_syllable() =>
        Assert.Equal(3, TextStatistics.Of(["On 17 March."]).Syllables);

    [Fact]
    public void Formulas_need_at_least_100_words()
    {
        Assert.False(Cat.Measurable);
        Assert.True(TextStatistics.Of(Enumerable.Repeat("The cat sat on the mat.", 17)).Measurable);
    }
}
