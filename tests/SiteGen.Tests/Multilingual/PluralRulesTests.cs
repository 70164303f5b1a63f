using SiteGen.Multilingual;
using SiteGen.Multilingual.Checks.Rules;
using SiteGen.Templates;
using static SiteGen.Tests.Multilingual.LanguageRuleHarness;

namespace SiteGen.Tests.Multilingual;

/// <summary>CLDR plural categories: which category a count is in, and that count strings give every category their language needs.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(6, "many")]
    [InlineData(4, "other")]
    [InlineData(11, "other")]
    public void Welsh_has_six_categories(long count, string category) => Assert.Equal(category, PluralRules.Category("cy", count));

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(110, "few")]
    [InlineData(11, "many")]
    [InlineData(100, "other")]
    public void Arabic_counts_by_the_last_two_digits(long count, string category) => Assert.Equal(category, PluralRules.Category("ar", count));

    [Theory]
    [InlineData("ur", 1, "one")]
    [InlineData("ur", 0, "other")]
    [InlineData("en", 2, "other")]
    [InlineData("bn", 0, "one")]
    [InlineData("so", 1, "one")]
    public void One_other_languages_differ_on_zero(string language, long count, string category) =>
        Assert.Equal(category, PluralRules.Category(language, count));

    [Fact]
    public void Categories_each_language_must_give()
    {
        Assert.Equal(["zero", "one", "two", "few", "many", "other"], PluralRules.CategoriesOf("cy"));
        Assert.Equal(["one", "other"], PluralRules.CategoriesOf("ur"));
        Assert.Equal(["one", "other"], PluralRules.CategoriesOf("en-GB"));
    }

    [Fact]
    public void Pluraliser_picks_the_text_of_the_counts_category()
    {
        var welsh = Strings("cy", new Dictionary<string, UiString>
        {
            ["tagCount"] = new("{0} tudalen", new Dictionary<string, string>
            {
                ["zero"] = "Dim tudalennau", ["one"] = "{0} dudalen", ["two"] = "{0} dudalen", ["few"] = "{0} tudalen", ["many"] = "{0} thudalen", ["other"] = "{0} tudalen",
            }),
        });
        Assert.Equal("Dim tudalennau", welsh.PluralText("tagCount", 0));
        Assert.Equal("2 dudalen", welsh.PluralText("tagCount", 2));
        Assert.Equal("6 thudalen", welsh.PluralText("tagCount", 6));
        Assert.Equal("7 tudalen", welsh.PluralText("tagCount", 7));
    }

    [Fact]
    public void A_missing_count_string_uses_the_default_languages_rules_and_says_its_language()
    {
        var welsh = Strings("cy", new Dictionary<string, UiString>());
        Assert.Equal("2 pages", welsh.PluralText("tagCount", 2));
        Assert.Equal("<span lang=\"en\" dir=\"ltr\">1 page</span>", welsh.Plural("tagCount", 1).ToString());
    }

    [Fact]
    public void Count_string_without_every_category_of_its_language_is_an_error()
    {
        var site = SiteOf([Generated("cy/index.html", Html("cy", "<p>Hafan</p>"), "cy")],
            l => Strings(l, l == "cy" ? new Dictionary<string, UiString>
            {
                ["navHome"] = new("Hafan"), ["skipLink"] = new("Neidio"),
                ["tagCount"] = new("{0} tudalen", new Dictionary<string, string> { ["one"] = "{0} dudalen", ["other"] = "{0} tudalen" }),
            } : null));
        var finding = Assert.Single(Findings(new PluralCategories(), site));
        Assert.Contains("no zero, two, few, many", finding.Message);
        Assert.Equal("themes/default/i18n/cy.yml", finding.At!.Value.File);
    }

    [Fact]
    public void Count_string_with_every_category_passes()
    {
        var site = SiteOf([Generated("ur/index.html", Html("ur", "<p>صفحہ</p>"), "ur")],
            l => Strings(l, l == "ur" ? new Dictionary<string, UiString>
            {
                ["navHome"] = new("مرکزی صفحہ"), ["skipLink"] = new("جائیں"),
                ["tagCount"] = new("{0} صفحات", new Dictionary<string, string> { ["one"] = "{0} صفحہ", ["other"] = "{0} صفحات" }),
            } : null));
        Assert.Empty(Findings(new PluralCategories(), site));
    }

    [Fact]
    public void Category_the_language_never_uses_is_a_warning()
    {
        var site = SiteOf([Generated("ur/index.html", Html("ur", "<p>صفحہ</p>"), "ur")],
            l => Strings(l, l == "ur" ? new Dictionary<string, UiString>
            {
                ["navHome"] = new("مرکزی صفحہ"), ["skipLink"] = new("جائیں"),
                ["tagCount"] = new("{0} صفحات", new Dictionary<string, string> { ["one"] = "{0} صفحہ", ["few"] = "{0} صفحات", ["other"] = "{0} صفحات" }),
            } : null));
        var finding = Assert.Single(Findings(new PluralCategories(), site));
        Assert.Equal(SiteGen.Diagnostics.Severity.Warning, finding.Severity);
        Assert.Contains("few", finding.Message);
    }
}
