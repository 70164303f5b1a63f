using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;
using SiteGen.EasyRead.Rules;
using static SiteGen.Tests.EasyRead.EasyReadPages;

namespace SiteGen.Tests.EasyRead;

/// <summary>The Easy Read rules about words and punctuation: idioms, double negatives, punctuation, capitals, soft hyphens, synonyms, pronouns.</summary>
public sealed class WordingRuleTests
{
    // er-idioms
    [Fact]
    public void An_idiom_from_the_list_is_flagged_where_it_starts() =>
        Assert.Equal(new MarkdownPosition(1, 8), Assert.Single(Check<Idioms>("We are on the same page now.")).At);

    [Fact]
    public void An_idiom_is_found_in_any_letter_case_and_spacing() =>
        Assert.Single(Check<Idioms>("It was the Tip of  the iceberg."));

    [Fact]
    public void The_words_of_an_idiom_used_literally_apart_are_not_flagged() =>
        Assert.Empty(Check<Idioms>("The tip of the pen broke on the iceberg picture."));

    [Fact]
    public void A_language_with_no_idiom_list_is_not_checked() =>
        Assert.Empty(Check<Idioms>("on the same page", language: "cy"));

    // er-double-negative
    [Theory]
    [InlineData("It is not unusual to feel this way.", "not unusual")]
    [InlineData("It is not impossible.", "not impossible")]
    [InlineData("We want no fewer than 5 people.", "no fewer than")]
    [InlineData("No one leaves without a plan.", "No one leaves without")]
    [InlineData("We did not get no answer.", "not get no")]
    public void A_double_negative_is_flagged(string sentence, string found) =>
        Assert.Contains($"\"{found}\"", Assert.Single(Check<DoubleNegative>(sentence)).Message);

    [Theory]
    [InlineData("We do not understand the letter.")]
    [InlineData("Do not wait until Monday.")]
    [InlineData("It is not important.")]
    public void A_single_negative_is_not_flagged(string sentence) => Assert.Empty(Check<DoubleNegative>(sentence));

    // er-punctuation
    [Fact]
    public void A_semicolon_is_flagged() => Assert.Contains("semicolon", Assert.Single(Check<Punctuation>("We met; we talked.")).Message);

    [Fact]
    public void Words_joined_by_a_slash_are_flagged() => Assert.Contains("\"and/or\"", Assert.Single(Check<Punctuation>("Phone and/or email us.")).Message);

    [Fact]
    public void A_slash_in_a_web_address_is_not_flagged() => Assert.Empty(Check<Punctuation>("Go to www.example.org/events/march now."));

    [Fact]
    public void An_ampersand_is_flagged() => Assert.Contains("ampersand", Assert.Single(Check<Punctuation>("Tea & cake.")).Message);

    [Fact]
    public void Brackets_around_4_words_are_flagged() => Assert.Contains("4 words", Assert.Single(Check<Punctuation>("We met (on a cold day) at home.")).Message);

    [Fact]
    public void Brackets_around_3_words_pass() => Assert.Empty(Check<Punctuation>("We met (on Monday morning) at home."));

    [Fact]
    public void Repeated_exclamation_marks_are_flagged() => Assert.Single(Check<Punctuation>("We won!!"));

    [Fact]
    public void One_exclamation_mark_passes() => Assert.Empty(Check<Punctuation>("We won!"));

    // er-no-all-caps
    [Fact]
    public void A_word_of_4_capitals_is_flagged() => Assert.Contains("\"PLEASE\"", Assert.Single(Check<NoAllCaps>("PLEASE come early.")).Message);

    [Fact]
    public void A_word_of_3_capitals_is_left_to_er_abbreviations() => Assert.Empty(Check<NoAllCaps>("The CAT sat."));

    [Fact]
    public void A_known_abbreviation_of_4_capitals_passes() => Assert.Empty(Check<NoAllCaps>("Ask the NHS about COVID."));

    [Fact]
    public void An_abbreviation_the_page_defines_passes() => Assert.Empty(Check<NoAllCaps>("Ask LEAP.\n\n*[LEAP]: Lived Experience Advisory Panel\n"));

    // er-no-hyphenation
    [Fact]
    public void A_soft_hyphen_in_text_is_a_warning()
    {
        var finding = Assert.Single(Check<NoHyphenation>("We talked about every\u00ADthing."));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new MarkdownPosition(1, 17), finding.At);
    }

    [Fact]
    public void A_soft_hyphen_written_as_an_entity_is_an_error() => Assert.Single(Check<NoHyphenation>("We talked about every&shy;thing."));

    [Fact]
    public void A_soft_hyphen_in_a_heading_is_an_error() => Assert.Single(Check<NoHyphenation>("## Every\u00ADthing\n\nWe met.\n"));

    [Fact]
    public void An_ordinary_hyphen_passes() => Assert.Empty(Check<NoHyphenation>("We filled in a tick-box form."));

    // er-synonyms
    private static readonly SiteGen.EasyRead.Glossary.Glossary ProbationWords = new(
        [new SiteGen.EasyRead.Glossary.GlossaryEntry("probation officer", "A person who helps people after prison.", 1) { Synonyms = ["probation worker"] }]);

    [Fact]
    public void A_glossary_word_and_its_synonym_on_one_page_are_reported_at_the_synonym()
    {
        var finding = Assert.Single(new Synonyms().Check(Of("I met my probation officer.\n\nMy probation worker was kind.\n", glossary: ProbationWords)));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(new MarkdownPosition(3, 4), finding.At);
    }

    [Fact]
    public void A_synonym_without_its_glossary_word_passes() =>
        Assert.Empty(new Synonyms().Check(Of("My probation worker was kind.\n", glossary: ProbationWords)));

    // er-pronoun-start
    [Fact]
    public void A_pronoun_starting_the_first_sentence_after_a_heading_is_reported() =>
        Assert.Equal(new MarkdownPosition(5, 1), Assert.Single(Check<PronounStart>("Maslaha is a charity.\n\n## Who spoke\n\nThey spoke for an hour.\n")).At);

    [Fact]
    public void A_pronoun_after_a_sentence_holding_its_noun_passes() =>
        Assert.Empty(Check<PronounStart>("Maslaha is a charity.\n\nIt helps Muslim people.\n"));

    [Fact]
    public void A_pronoun_after_a_sentence_that_also_starts_with_one_is_reported() =>
        Assert.Equal(new MarkdownPosition(5, 1), Assert.Single(Check<PronounStart>("Maslaha is a charity.\n\nIt helps people.\n\nIt works in London.\n")).At);

    [Fact]
    public void This_before_a_noun_is_not_a_pronoun() => Assert.Empty(Check<PronounStart>("## About\n\nThis report is about a meeting.\n"));

    [Fact]
    public void This_before_a_verb_is_a_pronoun() => Assert.Single(Check<PronounStart>("## About\n\nThis is about a meeting.\n"));
}
