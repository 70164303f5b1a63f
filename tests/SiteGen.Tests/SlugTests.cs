using SiteGen.Content;

namespace SiteGen.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Diversity in service user involvement", "diversity-in-service-user-involvement")]
    [InlineData("What we heard: 8 December, 2020!", "what-we-heard-8-december-2020")]
    [InlineData("  Leading and trailing  ", "leading-and-trailing")]
    [InlineData("one -- two", "one-two")]
    [InlineData("my_event", "my-event")]
    public void Spaces_and_punctuation_become_single_hyphens(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
    }

    [Fact]
    public void Letters_are_lower_cased()
    {
        Assert.Equal("nhs-and-bbc", Slug.From("NHS and BBC"));
    }

    [Theory]
    [InlineData("café", "cafe")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("Dŵr Cymru", "dwr-cymru")]
    [InlineData("Eisteddfod Genedlaethol Cymru â’r iaith", "eisteddfod-genedlaethol-cymru-ar-iaith")]
    public void Accents_are_dropped_from_latin_letters(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
    }

    [Theory]
    [InlineData("Clinks’", "clinks")]
    [InlineData("Clinks’ work", "clinks-work")]
    [InlineData("People's voices", "peoples-voices")]
    public void Apostrophes_are_dropped_without_a_hyphen(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
    }

    [Fact]
    public void Welsh_words_keep_their_letters()
    {
        Assert.Equal("amrywiaeth-mewn-cynnwys-defnyddwyr-gwasanaeth", Slug.From("Amrywiaeth mewn cynnwys defnyddwyr gwasanaeth"));
    }

    [Fact]
    public void Urdu_letters_are_kept()
    {
        Assert.Equal("خدمات-میں-تنوع", Slug.From("خدمات میں تنوع"));
    }

    [Fact]
    public void Marks_of_non_latin_scripts_are_kept()
    {
        // Bengali vowel signs are combining marks: dropping them would change the word.
        Assert.Equal("বাংলা-ভাষা", Slug.From("বাংলা ভাষা"));
    }

    [Theory]
    [InlineData("!!! ... ???")]
    [InlineData("’")]
    [InlineData("")]
    public void Punctuation_only_gives_an_empty_slug(string text)
    {
        Assert.Equal("", Slug.From(text));
    }
}
