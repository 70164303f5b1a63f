using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Tests;

/// <summary>YAML that YamlDotNet cannot read, or should not be asked to build a tree from, is one diagnostic with its line.</summary>
public sealed class YamlLoaderTests
{
    private static Diagnostic LoadFails(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlLoader.Load(yaml, "content/en/x.md", 1, diagnostics, Codes.FrontMatterSyntax));
        return Assert.Single(diagnostics.Sorted());
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_at_the_first_level_too_deep()
    {
        var yaml = "title: x\ntags: " + new string('[', YamlLoader.MaxDepth) + new string(']', YamlLoader.MaxDepth);
        var error = LoadFails(yaml);
        Assert.Equal(Codes.YamlTooComplex, error.Code);
        // Line 2 of the YAML is line 3 of the file; the mapping is level 1, so the list at column 7 + 30 is one too deep.
        Assert.Equal(new SourceLocation("content/en/x.md", 3, 7 + YamlLoader.MaxDepth - 1), error.Location);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = YamlLoader.MaxDepth - 1; // the top-level mapping is one level
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(YamlLoader.Load("tags: " + new string('[', depth) + new string(']', depth), "content/en/x.md", 1, diagnostics, Codes.FrontMatterSyntax));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Aliases_over_the_limit_are_an_error()
    {
        var yaml = "a: &a x\nlist: [" + string.Join(", ", Enumerable.Repeat("*a", YamlLoader.MaxAliases + 1)) + "]";
        var error = LoadFails(yaml);
        Assert.Equal(Codes.YamlTooComplex, error.Code);
        Assert.Equal(3, error.Location!.Value.Line);
    }

    [Fact]
    public void Flow_list_the_scanner_gives_up_on_is_a_syntax_error_at_its_line()
    {
        // Found by the fuzz tests: YamlDotNet throws InvalidOperationException, not YamlException, on this line.
        var error = LoadFails("aliases: [aاzو'دررx*#'[b]\naliases: [Ie]P$OiF:]");
        Assert.Equal(Codes.FrontMatterSyntax, error.Code);
        Assert.Contains("from this line on", error.Message);
        Assert.Equal(new SourceLocation("content/en/x.md", 2, 1), error.Location);
    }
}
