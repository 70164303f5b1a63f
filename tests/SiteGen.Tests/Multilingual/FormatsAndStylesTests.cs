using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Multilingual;
using SiteGen.Multilingual.Checks;
using SiteGen.Multilingual.Checks.Rules;
using static SiteGen.Tests.Multilingual.LanguageRuleHarness;

namespace SiteGen.Tests.Multilingual;

/// <summary>Dates in the page's language, culture data, fonts for each script, and CSS that mirrors on right-to-left pages.</summary>
public sealed class FormatsAndStylesTests
{
    [Theory]
    [InlineData("<time>8 December 2020</time>", "datetime")]
    [InlineData("<time datetime=\"2020-12-08\">08/12/2020</time>", "numbers only")]
    public void Date_that_software_or_readers_cannot_read_is_a_warning(string time, string expected)
    {
        var finding = Assert.Single(Findings(new DateFormat(), SiteOf([Generated("index.html", Html("en", time), "en")])));
        Assert.Contains(expected, finding.Message);
    }

    [Fact]
    public void English_month_on_a_welsh_page_is_a_warning()
    {
        var page = Generated("cy/index.html", Html("cy", "<time datetime=\"2020-12-08\">8 December 2020</time>"), "cy");
        Assert.Contains("December", Assert.Single(Findings(new DateFormat(), SiteOf([page]))).Message);
    }

    [Fact]
    public void Localised_date_with_datetime_passes()
    {
        var page = Generated("cy/index.html", Html("cy", "<time datetime=\"2020-12-08\">8 Rhagfyr 2020</time>"), "cy");
        Assert.Empty(Findings(new DateFormat(), SiteOf([page])));
    }

    [Fact]
    public void Culture_data_is_present_for_the_sample_sites_languages()
    {
        var diagnostics = new DiagnosticBag();
        CultureData.Check(TestSites.Config(), diagnostics);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Missing_culture_data_is_an_error_for_each_language_without_it()
    {
        var diagnostics = new DiagnosticBag();
        CultureData.Check(TestSites.Config(), diagnostics, _ => CultureInfo.InvariantCulture);
        Assert.Equal([Codes.CultureDataMissing, Codes.CultureDataMissing], diagnostics.Sorted().Select(d => d.Code));
        Assert.All(diagnostics.Sorted(), d => Assert.Equal(Severity.Error, d.Severity));
    }

    private static PublishedStylesheet Css(string text) => new("themes/default/assets/css/site.css", text);

    [Fact]
    public void Physical_left_and_right_are_a_warning_at_their_line()
    {
        var findings = Findings(new LogicalCss(), SiteOf([], css: [Css(".a {\n  margin-left: 1rem;\n}\n.b { text-align: right; }\n")]));
        Assert.Equal([2, 4], findings.Select(f => f.At!.Value.Line));
        Assert.Contains("margin-inline-start", findings[0].Message);
    }

    [Fact]
    public void Logical_properties_and_direction_specific_rules_pass()
    {
        Assert.Empty(Findings(new LogicalCss(), SiteOf([], css: [Css("/* left */ .a { margin-inline-start: 1rem; text-align: start; }\n[dir=\"rtl\"] .arrow { right: 0; }\n")])));
    }

    [Fact]
    public void Urdu_text_without_a_font_stack_for_urdu_is_a_warning()
    {
        var page = Generated("ur/index.html", Html("ur", "<p>خدمات استعمال کرنے والوں کی شمولیت</p>"), "ur");
        var finding = Assert.Single(Findings(new FontCoverage(), SiteOf([page], css: [Css("body { font-family: system-ui, sans-serif; }")])));
        Assert.Contains(":lang(ur)", finding.Message);
    }

    [Fact]
    public void Urdu_font_stack_naming_a_nastaliq_font_through_a_variable_passes()
    {
        var page = Generated("ur/index.html", Html("ur", "<p>خدمات استعمال کرنے والوں کی شمولیت</p>"), "ur");
        var css = ":root { --font-urdu: \"Noto Nastaliq Urdu\", serif; }\n:lang(ur) { font-family: var(--font-urdu); }\n";
        Assert.Empty(Findings(new FontCoverage(), SiteOf([page], css: [Css(css)])));
    }

    [Fact]
    public void Downloaded_font_without_unicode_range_is_reported()
    {
        var css = "@font-face { font-family: \"Noto Nastaliq Urdu\"; src: url(nastaliq.woff2); }\n";
        Assert.Single(Findings(new ScriptFontScoped(), SiteOf([], css: [Css(css)])));
    }

    [Fact]
    public void Downloaded_font_scoped_to_its_script_passes()
    {
        var css = "@font-face { font-family: \"Noto Nastaliq Urdu\"; src: url(nastaliq.woff2); unicode-range: U+0600-06FF; }\n@font-face { font-family: Local; src: local(Arial); }\n";
        Assert.Empty(Findings(new ScriptFontScoped(), SiteOf([], css: [Css(css)])));
    }
}
