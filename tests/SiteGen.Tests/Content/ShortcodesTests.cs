using SiteGen.Content.Markdown;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

public sealed class ShortcodesTests
{
    private const string File = "content/en/blog/x.md";

    private static IReadOnlyList<Diagnostic> Check(string markdown, int firstLine = 1)
    {
        var bag = new DiagnosticBag();
        MarkdownRenderer.Render(markdown, File, firstLine, null, bag);
        return bag.Sorted();
    }

    [Fact]
    public void Shortcode_in_text_is_a_warning_at_its_line_and_column_that_names_it()
    {
        var warning = Assert.Single(Check("Our talk.\n\nWatch it: {{< youtube abc123 >}}\n", firstLine: 5));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(Codes.ShortcodeLeftInText, warning.Code);
        Assert.Equal(new SourceLocation(File, 7, 11), warning.Location);
        Assert.Contains("{{< youtube abc123 >}}", warning.Message);
        Assert.Contains("(youtube)", warning.Message);
    }

    [Theory]
    [InlineData("{{< youtube abc >}}", "[Watch the talk on YouTube]")]
    [InlineData("{{< ref \"other-post.md\" >}}", "(other-post.md)")]
    [InlineData("{{< figure src=\"/images/a.jpg\" >}}", "![what the picture shows]")]
    [InlineData("{{% notice info %}}", "**Note:**")]
    [InlineData("{{< highlight go >}}", "three backticks")]
    public void Warning_says_what_to_write_instead(string shortcode, string advice) =>
        Assert.Contains(advice, Assert.Single(Check($"Text.\n\n{shortcode}\n")).Message);

    [Fact]
    public void Shortcode_with_a_closing_one_is_reported_once()
    {
        var warning = Assert.Single(Check("{{% notice warning %}}\nMind the step.\n{{% /notice %}}\n"));
        Assert.Equal(1, warning.Location!.Value.Line);
    }

    [Fact]
    public void Unknown_shortcode_is_still_named()
    {
        var warning = Assert.Single(Check("{{< donate-button >}}\n"));
        Assert.Contains("(donate-button)", warning.Message);
    }

    [Theory]
    [InlineData("Write `{{< youtube abc >}}` to embed.\n")]
    [InlineData("```\n{{< youtube abc >}}\n```\n")]
    [InlineData("    {{< youtube abc >}}\n")]
    public void Shortcode_shown_as_code_passes(string markdown) => Assert.Empty(Check(markdown));

    [Theory]
    [InlineData("Our {{ curly }} braces.\n")]
    [InlineData("Maths: {{1 < 2}} and 3 > 2.\n")]
    public void Braces_that_are_not_a_shortcode_pass(string markdown) => Assert.Empty(Check(markdown));
}
