using System.Text.RegularExpressions;
using SiteGen.EasyRead.Readability;

namespace SiteGen.Tests.EasyRead;

public sealed class TextUnitsTests
{
    [Fact]
    public void Sentences_end_at_a_full_stop_question_or_exclamation_mark_before_a_capital()
    {
        var sentences = TextUnits.Sentences("We met online. Who came? Lots of people! 8 people spoke.");
        Assert.Equal(["We met online.", "Who came?", "Lots of people!", "8 people spoke."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Abbreviations_with_full_stops_do_not_end_a_sentence()
    {
        var sentences = TextUnits.Sentences("Bring something to read, e.g. A book. Then sit down.");
        Assert.Equal(["Bring something to read, e.g. A book.", "Then sit down."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Urdu_sentences_end_at_the_urdu_full_stop() =>
        Assert.Equal(2, TextUnits.Sentences("یہ ایک اجلاس تھا۔ لوگ آئے۔").Count);

    [Fact]
    public void Text_without_an_end_mark_is_one_sentence() =>
        Assert.Single(TextUnits.Sentences("A list item with no full stop"));

    [Fact]
    public void Words_keep_inner_apostrophes_hyphens_and_number_separators() =>
        Assert.Equal(["Don't", "tick-box", "8,000", "people"], TextUnits.Words("Don't tick-box 8,000 people.").Select(w => w.Text));

    [Theory]
    [InlineData("Don't tick-box 8,000 people.")]
    [InlineData("Croeso i'r ŵyl — “quoted” café’s naïve e\u0301 3.5 x- -y a--b a‐b end, .5 'tis ’s")]
    [InlineData("یہ ایک اجلاس تھا۔ লোক আসে। 😀 emoji Ⅻ ½ ² ‘single’ (brackets) [x] under_score tab\tnew\nline")]
    [InlineData("")]
    [InlineData("...---''")]
    public void Words_are_what_the_word_pattern_matches(string text)
    {
        var pattern = new Regex(@"[\p{L}\p{M}\p{N}]+(?:['’\-‐,.][\p{L}\p{M}\p{N}]+)*");
        Assert.Equal(pattern.Matches(text).Select(m => new WordSpan(m.Value, m.Index)), TextUnits.Words(text));
    }

    [Fact]
    public void Titles_and_abbreviations_in_any_case_do_not_end_a_sentence()
    {
        var sentences = TextUnits.Sentences("We met Dr. Jones and MRS. Evans. They brought pens, paper etc. And they left.");
        Assert.Equal(["We met Dr. Jones and MRS. Evans.", "They brought pens, paper etc. And they left."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Text_of_punctuation_alone_has_no_sentence() =>
        Assert.Empty(TextUnits.Sentences("... !!! — ?"));
}
