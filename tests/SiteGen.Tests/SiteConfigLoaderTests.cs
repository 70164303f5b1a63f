using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using Severity = SiteGen.Diagnostics.Severity;
using SiteGen.Site;

namespace SiteGen.Tests;

public sealed class SiteConfigLoaderTests : IDisposable
{
    private readonly TempFolder site = new();
    private readonly DiagnosticBag diagnostics = new();

    public void Dispose() => site.Dispose();

    private SiteConfig? Load(string yaml)
    {
        site.Write("content/site.yml", yaml);
        return SiteConfigLoader.Load(site.Path, diagnostics);
    }

    [Fact]
    public void A_minimal_file_gives_defaults_for_everything_else()
    {
        var config = Load("title: Our events\n");

        Assert.NotNull(config);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Our events", config.Title);
        Assert.Equal("", config.Description);
        Assert.Equal("en", config.DefaultLanguage);
        Assert.Equal("en", Assert.Single(config.Languages).Code);
        Assert.Equal("default", config.Theme);
        Assert.Equal("/", config.BasePath);
    }

    [Fact]
    public void The_time_zone_is_europe_london_unless_site_yml_names_one()
    {
        Assert.Equal("Europe/London", Load("title: Our events\n")!.TimeZone.Id);
        Assert.Equal("America/New_York", Load("title: Our events\ntimeZone: America/New_York\n")!.TimeZone.Id);
    }

    [Theory]
    [InlineData("London", "did you mean Europe/London?")]
    [InlineData("Europe/Londn", "did you mean Europe/London?")]
    [InlineData("Middle Earth/Shire", "e.g. timeZone: Europe/London.")]
    public void An_unknown_time_zone_is_a_site_yml_error_that_suggests_one(string zone, string hint)
    {
        var config = Load($"title: Our events\ntimeZone: {zone}\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Equal(2, error.Location!.Value.Line);
        Assert.EndsWith(hint, error.Message);
    }

    [Fact]
    public void A_full_file_is_read()
    {
        var config = Load("""
            title: Our events
            description: News from the network
            baseUrl: https://example.org/
            defaultLanguage: cy
            languages:
              - { code: en, name: English }
              - { code: cy, name: Cymraeg }
            theme: plain
            accessibility:
              ignore: [link-new-window]
            abbreviations:
              SUI: service user involvement
            """);

        Assert.NotNull(config);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("News from the network", config.Description);
        Assert.Equal("cy", config.DefaultLanguage);
        Assert.Equal(["en", "cy"], config.Languages.Select(l => l.Code));
        Assert.Equal("Cymraeg", config.FindLanguage("cy")!.Name);
        Assert.Equal("plain", config.Theme);
        Assert.Contains("link-new-window", config.IgnoredRules);
        Assert.Equal("service user involvement", config.Abbreviations["SUI"]);
    }

    [Fact]
    public void A_missing_file_is_SG001()
    {
        var config = SiteConfigLoader.Load(site.Path, diagnostics);

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigMissing, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("--source", error.Message);
    }

    [Fact]
    public void An_unknown_setting_warns_with_the_nearest_setting()
    {
        var config = Load("title: Our events\nbaseURL: https://example.org/\n");

        Assert.NotNull(config);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(Codes.UnknownKey, warning.Code);
        Assert.Contains("did you mean baseUrl?", warning.Message);
        Assert.Equal(new SourceLocation("content/site.yml", 2, 1), warning.Location);
    }

    [Fact]
    public void The_accessibility_level_is_AA_unless_given()
    {
        var config = Load("title: Our events\naccessibility:\n  ignore: [accesskey]\n");
        Assert.Equal(WcagLevel.AA, config!.AccessibilityLevel);
    }

    [Theory]
    [InlineData("A", WcagLevel.A)]
    [InlineData("AA", WcagLevel.AA)]
    [InlineData("AAA", WcagLevel.AAA)]
    [InlineData("aaa", WcagLevel.AAA)]
    public void The_accessibility_level_is_read(string written, WcagLevel level)
    {
        var config = Load($"title: Our events\naccessibility:\n  level: {written}\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(level, config!.AccessibilityLevel);
    }

    [Fact]
    public void An_accessibility_level_that_is_not_A_AA_or_AAA_is_an_error_with_the_nearest_level()
    {
        var config = Load("title: Our events\naccessibility:\n  level: AAAA\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Contains("\"AAAA\" is not a WCAG level. Did you mean AAA?", error.Message);
        Assert.Equal(new SourceLocation("content/site.yml", 3, 10), error.Location);
    }

    [Fact]
    public void An_accessibility_level_far_from_any_level_is_an_error_that_lists_the_levels()
    {
        Assert.Null(Load("title: Our events\naccessibility:\n  level: WCAG 2.2 double A\n"));
        Assert.Contains("Write A, AA or AAA.", Assert.Single(diagnostics.Sorted()).Message);
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("ftp://example.org/")]
    [InlineData("/repo/")]
    public void A_base_url_that_is_not_a_web_address_is_SG002(string baseUrl)
    {
        var config = Load($"title: Our events\nbaseUrl: {baseUrl}\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Equal(2, error.Location!.Value.Line);
        Assert.Contains(baseUrl, error.Message);
    }

    [Fact]
    public void The_base_url_path_gets_a_trailing_slash()
    {
        var config = Load("title: Our events\nbaseUrl: https://user.github.io/repo\n");

        Assert.Equal(new Uri("https://user.github.io/repo/"), config!.BaseUrl);
        Assert.Equal("/repo/", config.BasePath);
    }

    [Fact]
    public void A_language_can_be_right_to_left()
    {
        var config = Load("title: T\nlanguages:\n  - { code: en, name: English }\n  - { code: ur, name: اردو, dir: rtl }\n");

        var urdu = config!.FindLanguage("ur")!;
        Assert.Equal("اردو", urdu.Name);
        Assert.True(urdu.IsRightToLeft);
        Assert.False(config.FindLanguage("en")!.IsRightToLeft);
    }

    [Fact]
    public void A_direction_other_than_ltr_or_rtl_is_an_error()
    {
        var config = Load("title: T\nlanguages:\n  - { code: ur, name: Urdu, dir: right }\n");

        Assert.Null(config);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.SiteConfigInvalid && d.Message.Contains("dir"));
    }

    [Fact]
    public void The_default_language_is_the_first_listed_when_not_given()
    {
        var config = Load("title: T\nlanguages:\n  - { code: cy, name: Cymraeg }\n  - { code: en, name: English }\n");

        Assert.Equal("cy", config!.DefaultLanguage);
    }

    [Fact]
    public void A_default_language_that_is_not_listed_is_an_error()
    {
        var config = Load("title: T\ndefaultLanguage: fr\nlanguages:\n  - { code: en, name: English }\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Contains("\"fr\"", error.Message);
        Assert.Equal(2, error.Location!.Value.Line);
    }

    [Fact]
    public void A_language_listed_twice_is_an_error()
    {
        var config = Load("title: T\nlanguages:\n  - { code: en, name: English }\n  - { code: en, name: English }\n");

        Assert.Null(config);
        Assert.Contains(diagnostics.Sorted(), d => d.Message.Contains("listed twice"));
    }

    [Fact]
    public void A_language_code_that_is_not_bcp47_is_an_error()
    {
        var config = Load("title: T\nlanguages:\n  - { code: English, name: English }\n");

        Assert.Null(config);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.SiteConfigInvalid && d.Message.Contains("BCP 47"));
    }

    [Fact]
    public void A_missing_title_is_an_error_at_line_1()
    {
        var config = Load("description: No title here\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Equal(1, error.Location!.Value.Line);
    }

    [Fact]
    public void Malformed_yaml_is_SG002_with_its_line()
    {
        var config = Load("title: T\ndescription: one: two\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Equal(2, error.Location!.Value.Line);
    }

    [Fact]
    public void Site_yml_that_is_not_utf8_is_SG101()
    {
        Directory.CreateDirectory(Path.Combine(site.Path, "content"));
        File.WriteAllBytes(Path.Combine(site.Path, "content", "site.yml"), [(byte)'t', (byte)':', (byte)' ', 0xFF, (byte)'\n']);

        var config = SiteConfigLoader.Load(site.Path, diagnostics);

        Assert.Null(config);
        Assert.Equal(Codes.NotUtf8, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void Listings_show_twenty_items_a_page_when_paginate_is_not_given()
    {
        Assert.Equal(20, Load("title: Our events\n")!.Paginate);
    }

    [Fact]
    public void Paginate_sets_how_many_items_a_listing_page_shows()
    {
        var config = Load("title: Our events\npaginate: 50\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(50, config!.Paginate);
    }

    [Theory]
    [InlineData("twenty")]
    [InlineData("12.5")]
    [InlineData("[10]")]
    public void A_paginate_that_is_not_a_whole_number_is_SG002_at_its_line(string value)
    {
        var config = Load($"title: Our events\npaginate: {value}\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Equal(2, error.Location!.Value.Line);
        Assert.Contains("paginate: 20", error.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_paginate_below_one_is_SG002(string value)
    {
        var config = Load($"title: Our events\npaginate: {value}\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Contains("at least one item", error.Message);
    }
}
