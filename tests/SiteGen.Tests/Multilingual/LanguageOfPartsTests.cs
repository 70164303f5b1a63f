using SiteGen.Multilingual;
using SiteGen.Multilingual.Checks.Rules;
using SiteGen.Templates;
using static SiteGen.Tests.Multilingual.LanguageRuleHarness;

namespace SiteGen.Tests.Multilingual;

/// <summary>Text in another language than the page's says so: fallback interface text (ml-lang-of-parts) and left-to-right runs in right-to-left pages (ml-bidi-isolation).</summary>
public sealed class LanguageOfPartsTests
{
    private static UiStrings WelshWithoutHome() => Strings("cy", new Dictionary<string, UiString> { ["skipLink"] = new("Neidio i’r prif gynnwys") });

    [Fact]
    public void Fallback_string_is_wrapped_with_the_default_languages_lang_and_dir()
    {
        Assert.Equal("<span lang=\"en\" dir=\"ltr\">Home</span>", WelshWithoutHome().Text("navHome").ToString());
    }

    [Fact]
    public void Own_string_is_written_as_plain_text()
    {
        Assert.Equal("Neidio i’r prif gynnwys", WelshWithoutHome().Text("skipLink").ToString());
    }

    [Fact]
    public void Unmarked_fallback_text_on_a_page_is_an_error()
    {
        var site = SiteOf([Generated("cy/index.html", Html("cy", "<nav><a href=\"/cy/\">Home</a></nav>"), "cy")], l => l == "cy" ? WelshWithoutHome() : Strings(l));
        var finding = Assert.Single(Findings(new FallbackTextMarked(), site));
        Assert.Contains("navHome", finding.Message);
        Assert.Equal("a", finding.Element!.LocalName);
    }

    [Fact]
    public void Fallback_text_marked_with_its_language_passes()
    {
        var site = SiteOf([Generated("cy/index.html", Html("cy", "<nav><a href=\"/cy/\" lang=\"en\" dir=\"ltr\">Home</a></nav>"), "cy")], l => l == "cy" ? WelshWithoutHome() : Strings(l));
        Assert.Empty(Findings(new FallbackTextMarked(), site));
    }

    [Fact]
    public void Latin_words_unisolated_in_right_to_left_text_are_a_warning()
    {
        var site = SiteOf([Generated("ur/index.html", Html("ur", "<p>ہم نے Revolving Doors Agency کی بات سنی۔</p>"), "ur")]);
        var finding = Assert.Single(Findings(new BidiIsolation(), site));
        Assert.Contains("Revolving Doors Agency", finding.Message);
    }

    [Theory]
    [InlineData("<p>ہم نے <span lang=\"en\" dir=\"ltr\">Revolving Doors Agency</span> کی بات سنی۔</p>")]
    [InlineData("<p>ہم نے <bdi>Revolving Doors Agency</bdi> کی بات سنی۔</p>")]
    [InlineData("<p>ہم نے NHS کی بات سنی۔</p>")]
    public void Isolated_runs_and_single_words_pass(string body)
    {
        Assert.Empty(Findings(new BidiIsolation(), SiteOf([Generated("ur/index.html", Html("ur", body), "ur")])));
    }

    [Fact]
    public void Plain_text_on_a_right_to_left_page_gets_its_latin_runs_isolated()
    {
        Assert.Equal("متن <span dir=\"ltr\">Revolving Doors &amp; Co</span> متن", BidiText.Isolate("متن Revolving Doors & Co متن", "rtl").ToString());
    }

    [Fact]
    public void Plain_text_on_a_left_to_right_page_is_only_encoded()
    {
        Assert.Equal("Revolving Doors &amp; Co", BidiText.Isolate("Revolving Doors & Co", "ltr").ToString());
    }
}
