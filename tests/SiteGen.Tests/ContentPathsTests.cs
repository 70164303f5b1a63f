using SiteGen.Content;

namespace SiteGen.Tests;

public class ContentPathsTests
{
    private readonly ContentPaths paths = new(TestSites.Config());

    [Fact]
    public void A_date_prefix_is_split_from_the_name()
    {
        var (date, name) = ContentPaths.SplitDatePrefix("2020-12-08-diversity-event");

        Assert.Equal(new DateOnly(2020, 12, 8), date);
        Assert.Equal("diversity-event", name);
    }

    [Fact]
    public void A_name_without_a_date_prefix_is_kept_whole()
    {
        Assert.Equal((null, "diversity-event"), ContentPaths.SplitDatePrefix("diversity-event"));
    }

    [Fact]
    public void An_impossible_date_prefix_is_not_a_date()
    {
        Assert.Equal((null, "2020-13-45-event"), ContentPaths.SplitDatePrefix("2020-13-45-event"));
    }

    [Fact]
    public void A_date_without_a_following_hyphen_is_not_a_prefix()
    {
        Assert.Equal((null, "2020-12-08"), ContentPaths.SplitDatePrefix("2020-12-08"));
    }

    [Fact]
    public void The_default_language_lives_at_the_root()
    {
        Assert.Equal("", paths.LanguagePrefix("en"));
    }

    [Fact]
    public void Other_languages_live_under_their_code()
    {
        Assert.Equal("cy/", paths.LanguagePrefix("cy"));
        Assert.Equal("ur/", paths.LanguagePrefix("ur"));
    }

    [Fact]
    public void A_file_in_the_default_language_folder_is_copied_to_the_root()
    {
        Assert.Equal("files/report.pdf", paths.OutputPathOfFile("en/files/report.pdf"));
    }

    [Fact]
    public void A_file_in_another_language_folder_keeps_the_language_prefix()
    {
        Assert.Equal("cy/files/adroddiad.pdf", paths.OutputPathOfFile("cy/files/adroddiad.pdf"));
    }

    [Fact]
    public void A_file_in_a_shared_folder_keeps_its_path()
    {
        Assert.Equal("images/event.jpg", paths.OutputPathOfFile("images/event.jpg"));
    }

    [Fact]
    public void LanguageOf_names_the_language_folder_or_null_for_shared_folders()
    {
        Assert.Equal("cy", paths.LanguageOf("cy/about.md"));
        Assert.Null(paths.LanguageOf("images/event.jpg"));
        Assert.Null(paths.LanguageOf("en"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    [InlineData("ur")]
    [InlineData("fil")]
    [InlineData("EN")]
    public void Two_or_three_letter_folders_look_like_languages(string name)
    {
        Assert.True(ContentPaths.LooksLikeLanguageFolder(name));
    }

    [Theory]
    [InlineData("images")]
    [InlineData("x")]
    [InlineData("e1")]
    [InlineData("pt-BR")]
    [InlineData("")]
    public void Other_folders_do_not_look_like_languages(string name)
    {
        Assert.False(ContentPaths.LooksLikeLanguageFolder(name));
    }
}
