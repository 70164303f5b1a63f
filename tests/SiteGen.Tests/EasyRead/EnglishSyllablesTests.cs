using SiteGen.EasyRead.Readability;

namespace SiteGen.Tests.EasyRead;

/// <summary>Syllables counted by hand, one rule of <see cref="EnglishSyllables"/> at a time.</summary>
public sealed class EnglishSyllablesTests
{
    [Theory]
    [InlineData("cat", 1)]          // short word
    [InlineData("meeting", 2)]      // vowel groups: ee-i
    [InlineData("charity", 3)]      // a-i-y: y after the first letter is a vowel
    [InlineData("diversity", 4)]    // i-e-i-y
    [InlineData("year", 1)]         // a leading y before a vowel is a consonant
    public void Each_group_of_vowels_is_a_syllable(string word, int syllables) =>
        Assert.Equal(syllables, EnglishSyllables.Count(word));

    [Theory]
    [InlineData("made", 1)]         // ma(de): the final e is silent
    [InlineData("justice", 2)]      // jus-tic(e)
    [InlineData("people", 2)]       // peo-ple: consonant + le is sounded
    [InlineData("cycle", 2)]        // cy-cle
    [InlineData("issue", 2)]        // is-sue: e after a vowel belongs to its group
    public void A_silent_final_e_is_not_counted(string word, int syllables) =>
        Assert.Equal(syllables, EnglishSyllables.Count(word));

    [Theory]
    [InlineData("talked", 1)]       // talk(ed)
    [InlineData("wanted", 2)]       // want-ed: sounded after t
    [InlineData("needed", 2)]       // need-ed: sounded after d
    [InlineData("disabled", 3)]     // dis-a-bled: consonant + l keeps it
    [InlineData("makes", 1)]        // mak(es)
    [InlineData("changes", 2)]      // chan-ges: sounded after g
    [InlineData("services", 3)]     // ser-vi-ces: sounded after c
    public void Ed_and_es_endings_count_only_when_sounded(string word, int syllables) =>
        Assert.Equal(syllables, EnglishSyllables.Count(word));

    [Theory]
    [InlineData("involvement", 3)]  // in-volve-ment
    [InlineData("lovely", 2)]       // love-ly
    [InlineData("careful", 2)]      // care-ful
    [InlineData("government", 3)]   // gov-ern-ment: no silent e
    public void A_silent_e_before_a_suffix_is_not_counted(string word, int syllables) =>
        Assert.Equal(syllables, EnglishSyllables.Count(word));

    [Theory]
    [InlineData("radio", 3)]        // ra-di-o
    [InlineData("various", 3)]      // var-i-ous
    [InlineData("experience", 4)]   // ex-pe-ri-ence
    [InlineData("social", 2)]       // so-cial: silent i after c
    [InlineData("probation", 3)]    // pro-ba-tion
    [InlineData("version", 2)]      // ver-sion
    public void I_before_another_vowel_is_its_own_syllable_except_after_c_t_s_x_g(string word, int syllables) =>
        Assert.Equal(syllables, EnglishSyllables.Count(word));

    [Theory]
    [InlineData("everyone", 3)]
    [InlineData("business", 2)]
    [InlineData("idea", 3)]
    public void Words_the_rules_get_wrong_come_from_the_exception_list(string word, int syllables) =>
        Assert.Equal(syllables, EnglishSyllables.Count(word));

    [Fact]
    public void A_hyphenated_word_counts_each_part() =>
        Assert.Equal(2, EnglishSyllables.Count("tick-box"));

    [Fact]
    public void Capitals_and_apostrophes_do_not_change_the_count() =>
        Assert.Equal(EnglishSyllables.Count("charity"), EnglishSyllables.Count("Charity's"));

    [Theory]
    [InlineData("involvement")]
    [InlineData("People's")]
    [InlineData("well-being")]
    [InlineData("EVERYONE")]
    [InlineData("2020")]
    [InlineData("")]
    public void A_word_counted_again_is_looked_up_with_the_count_the_rules_give(string word)
    {
        var first = EnglishSyllables.Count(word);
        // Another string with the same characters: words are looked up by value.
        var again = EnglishSyllables.Count(new string(word.AsSpan()));
        Assert.Equal(EnglishSyllables.CountAnew(word), first);
        Assert.Equal(first, again);
    }
}
