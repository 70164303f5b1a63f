using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;
using SiteGen.EasyRead.Rules;
using static SiteGen.Tests.EasyRead.EasyReadPages;

namespace SiteGen.Tests.EasyRead;

/// <summary>Each Easy Read rule, with a passage that breaks it and one that keeps it.</summary>
public sealed class ReadabilityRuleTests
{
    private static string Words(int n) => string.Join(' ', Enumerable.Repeat("cat", n - 1).Prepend("A")) + ".";

    // er-sentence-length: count the words: 16 is over 15, and a warning however long.
    [Fact]
    public void Sentence_of_15_words_passes() => Assert.Empty(Check<SentenceLength>(Words(15)));

    [Fact]
    public void Sentence_of_16_words_is_a_warning() =>
        Assert.Equal(Severity.Warning, Assert.Single(Check<SentenceLength>(Words(16))).Severity);

    [Fact]
    public void Sentence_of_21_words_is_a_warning() =>
        Assert.Equal(Severity.Warning, Assert.Single(Check<SentenceLength>(Words(21))).Severity);

    // er-one-idea
    [Fact]
    public void Two_linking_words_in_a_sentence_suggest_two_ideas() =>
        Assert.Contains("and, because", Assert.Single(Check<OneIdea>("We met and talked because it mattered.")).Message);

    [Fact]
    public void One_linking_word_is_one_idea() => Assert.Empty(Check<OneIdea>("Raheel and Suleman spoke."));

    [Fact]
    public void A_semicolon_suggests_two_ideas() => Assert.Single(Check<OneIdea>("We met; we talked."));

    [Fact]
    public void A_colon_in_the_middle_suggests_two_ideas() => Assert.Single(Check<OneIdea>("We learned this: ask first."));

    // er-point-length: 4 sentences of 1 word, or 51 words, in one point.
    [Fact]
    public void Point_of_4_sentences_is_too_long() =>
        Assert.Contains("4 sentences", Assert.Single(Check<PointLength>(PictureFirst + "One.\n\nTwo.\n\nThree.\n\nFour.\n")).Message);

    [Fact]
    public void Point_of_51_words_is_too_long() =>
        Assert.Contains("51 words", Assert.Single(Check<PointLength>(PictureFirst + Words(13) + "\n\n" + Words(13) + "\n\n" + Words(25) + "\n")).Message);

    [Fact]
    public void Point_of_3_short_sentences_passes() => Assert.Empty(Check<PointLength>(PictureFirst + "One.\n\nTwo.\n\nThree.\n"));

    // er-sentence-per-line
    [Fact]
    public void Two_sentences_in_one_paragraph_are_flagged_at_the_second() =>
        Assert.Equal(new MarkdownPosition(2, 1), Assert.Single(Check<SentencePerLine>("We met.\nWe talked.\n")).At);

    // er-long-words: "probation" is pro-ba-tion, 3 syllables.
    [Fact]
    public void A_word_of_3_syllables_is_long() =>
        Assert.Contains("\"probation\"", Assert.Single(Check<LongWords>("He met his probation worker.")).Message);

    [Fact]
    public void Glossary_words_names_and_everyday_words_are_not_long() =>
        Assert.Empty(Check<LongWords>("They have lived experience. We met Revolving Doors Agency and Suleman. Everyone came to the meeting."));

    [Fact]
    public void Long_words_are_not_checked_in_a_language_without_a_syllable_count() =>
        Assert.Empty(Check<LongWords>("Cyfarfod amrywiaeth.", "cy"));

    // er-fk-grade and er-flesch-ease need 100 words. The diversity sentence, 12 times: 108 words, 12
    // sentences, 12 × 17 = 204 syllables. Grade = 0.39 × 9 + 11.8 × 204/108 − 15.59 = 3.51 + 22.289 − 15.59 = 10.2.
    // Ease = 206.835 − 1.015 × 9 − 84.6 × 204/108 = 206.835 − 9.135 − 159.8 = 37.9.
    private static readonly string Hard = string.Join("\n\n", Enumerable.Repeat("Diversity means including people from lots of different groups.", 12));

    // "The cat sat on the mat." 17 times: 102 words, 1 syllable each: grade −1.45, ease 116.1.
    private static readonly string Easy = string.Join("\n\n", Enumerable.Repeat("The cat sat on the mat.", 17));

    [Fact]
    public void Grade_above_6_is_a_warning_giving_the_grade() =>
        Assert.Contains("grade 10.2", Assert.Single(Check<FleschKincaidGrade>(Hard)).Message);

    [Fact]
    public void Grade_of_6_or_less_passes() => Assert.Empty(Check<FleschKincaidGrade>(Easy));

    [Fact]
    public void Reading_ease_below_80_is_information_giving_the_score()
    {
        var finding = Assert.Single(Check<FleschReadingEase>(Hard));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("37.9", finding.Message);
    }

    [Fact]
    public void Reading_ease_of_80_or_more_passes() => Assert.Empty(Check<FleschReadingEase>(Easy));

    [Fact]
    public void Formulas_are_not_applied_to_fewer_than_100_words() =>
        Assert.Empty(Check<FleschKincaidGrade>("Diversity means including people from lots of different groups."));

    // er-metrics-uncalibrated: "Mae pobl yn dod." 4 words, 17 times: 68 words... so 25 times: 100 words, 25 sentences,
    // 4 words a sentence; no word over 6 letters, so LIX = 4 + 0 = 4.
    [Fact]
    public void Welsh_gets_words_a_sentence_and_lix_as_information()
    {
        var finding = Assert.Single(Check<UncalibratedMetrics>(string.Join("\n\n", Enumerable.Repeat("Mae pobl yn dod.", 25)), "cy"));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("4.0 words a sentence, LIX 4", finding.Message);
    }

    [Fact]
    public void English_gets_no_uncalibrated_metrics() => Assert.Empty(Check<UncalibratedMetrics>(Easy));

    // er-passive-voice
    [Fact]
    public void Be_and_a_past_participle_is_passive() =>
        Assert.Contains("\"was written\"", Assert.Single(Check<PassiveVoice>("The report was written by Clinks.")).Message);

    [Fact]
    public void Be_an_adverb_and_an_irregular_participle_is_passive() => Assert.Single(Check<PassiveVoice>("They were quickly told."));

    [Fact]
    public void Active_voice_and_common_adjectives_pass() => Assert.Empty(Check<PassiveVoice>("Clinks wrote the report. We were tired."));

    // er-number-words
    [Fact]
    public void A_number_word_should_be_digits() =>
        Assert.Contains("write 3", Assert.Single(Check<NumberWords>("Three people spoke.")).Message);

    [Fact]
    public void One_as_a_pronoun_passes() => Assert.Empty(Check<NumberWords>("No one came. One of them spoke. The one I like."));

    // er-percentages, er-roman-numerals, er-numeric-dates
    [Fact]
    public void A_percentage_is_flagged() => Assert.Equal(2, Check<Percentages>("About 25% came. That is 10 per cent more.").Count);

    [Fact]
    public void A_roman_numeral_is_flagged_but_not_the_word_I() =>
        Assert.Contains("\"IV\"", Assert.Single(Check<RomanNumerals>("I read part IV.")).Message);

    [Fact]
    public void A_date_in_numbers_only_is_flagged() => Assert.Single(Check<NumericDates>("We met on 08/12/2020."));

    [Fact]
    public void A_date_with_the_month_in_words_passes() => Assert.Empty(Check<NumericDates>("We met on 8 December 2020."));

    // er-abbreviations
    [Fact]
    public void An_unexplained_acronym_is_a_warning_reported_once()
    {
        var finding = Assert.Single(Check<Abbreviations>("LEAP met. LEAP talked."));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("\"LEAP\"", finding.Message);
    }

    [Fact]
    public void Well_known_and_page_defined_acronyms_pass() =>
        Assert.Empty(Check<Abbreviations>("The NHS and LEAP met.\n\n*[LEAP]: Lived Experience Advisory Panel\n"));

    [Fact]
    public void A_dotted_abbreviation_is_flagged() => Assert.Single(Check<Abbreviations>("Bring a pen, a book etc. to the meeting."));

    // er-no-italics, er-no-underline
    [Fact]
    public void Italics_are_a_warning() =>
        Assert.Equal(Severity.Warning, Assert.Single(Check<NoItalics>("This is *important*.")).Severity);

    [Fact]
    public void Bold_is_the_way_to_emphasise() => Assert.Empty(Check<NoItalics>("This is **important**."));

    [Fact]
    public void Underline_is_flagged() => Assert.Single(Check<NoUnderline>("This is <u>important</u>."));

    // er-point-image, er-image-alt
    [Fact]
    public void Text_with_no_picture_beside_it_is_flagged() =>
        Assert.Equal(new MarkdownPosition(3, 1), Assert.Single(Check<PointImage>("## About\n\nWe met.\n")).At);

    [Fact]
    public void Text_beside_a_picture_passes() => Assert.Empty(Check<PointImage>(PictureFirst + "We met.\n"));

    [Fact]
    public void A_decorative_point_picture_without_alt_is_an_error() =>
        Assert.Single(Check<ImageAlt>("![](talk.svg){.decorative} We met.\n"));

    [Fact]
    public void A_point_picture_with_alt_passes() => Assert.Empty(Check<ImageAlt>(PictureFirst + "We met.\n"));

    // er-word-count: 1001 words is over 1000.
    [Fact]
    public void More_than_1000_words_is_too_long() =>
        Assert.Contains("1001 words", Assert.Single(Check<WordCount>(string.Join("\n\n", Enumerable.Repeat(Words(11), 91)))).Message);

    // er-complex-tense
    [Fact]
    public void Had_been_is_a_complex_tense() => Assert.Single(Check<ComplexTense>("They had been to prison."));

    [Fact]
    public void Simple_past_passes() => Assert.Empty(Check<ComplexTense>("They went to prison."));

    [Fact]
    public void Proper_names_are_left_out_of_the_formulas()
    {
        // "Maslaha" is written mid-sentence, so it is a name everywhere: 2 of the 7 words are left out.
        var page = Of("Maslaha is a charity. We met Maslaha.");
        Assert.Equal(5, page.Statistics.Words);
    }

    [Fact]
    public void Every_rule_has_a_unique_id_in_the_er_range_and_a_catalogue_name()
    {
        Assert.NotEmpty(ReadabilityRules.All);
        Assert.Equal(ReadabilityRules.All.Count, ReadabilityRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(ReadabilityRules.All, r => Assert.Matches(@"^ER0\d\d$", r.Id));
        // The research catalogue names Easy Read rules er-...; ml-ar-diacritics is a multilingual rule checked on Easy Read pages.
        Assert.All(ReadabilityRules.All, r => Assert.Matches(@"^(er-[a-z-]+|ml-ar-diacritics)$", r.Name));
    }
}
