using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>The short names the summary table and the HTML report give diagnostic codes.</summary>
public sealed class CodeNamesTests
{
    [Fact]
    public void A_rule_is_named_by_its_rule_name() =>
        Assert.Equal("link-text-vague", CodeNames.Of(new Diagnostic(Severity.Error, "A11Y012", "x") { RuleName = "link-text-vague" }));

    [Fact]
    public void A_sitegen_code_is_named_by_the_words_of_its_constant() =>
        Assert.Equal("title missing", CodeNames.Of(new Diagnostic(Severity.Error, Codes.TitleMissing, "x")));

    [Fact]
    public void An_unknown_code_has_no_name() =>
        Assert.Equal("", CodeNames.Of(new Diagnostic(Severity.Error, "XX999", "x")));
}
