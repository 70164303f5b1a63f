using AngleSharp.Html.Parser;
using SiteGen.Content.Markdown;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>Plain markdown skips the raw-HTML sanitizer only because the sanitizer would change nothing in it.</summary>
public class PlainMarkdownTests
{
    private const string File = "content/en/events/x.md";

    private const string Everything = """
        # A write-up {#top .lead}

        Our *first* **event** in 2020 -- "quoted", it's Wales' own.  
        A hard break, `code`, and a [relative link](/events/other/ "Other event"), [a fragment](#top),
        [a query](?page=2), [the report](https://example.org/r.pdf?x=1&y=2), [mail us](mailto:team@example.org),
        [call us](tel:+442920000000) and <https://example.org/auto>.

        The WCVA met.[^1]

        *[WCVA]: Wales Council for Voluntary Action

        > A quote
        > - with a list

        1. One
        2. Two
           - nested

        | Who | Where |
        |-----|-------|
        | Ann | Cardiff |

        ^^^ A figure caption

        ```csharp
        var x = "<not a tag>";
        ```

        ---

        ![A map of the venue](/images/map.png)

        [^1]: A footnote with [a link](https://example.org/).
        """;

    private static RenderedMarkdown Render(string markdown) =>
        MarkdownRenderer.Render(markdown, File, 1, url => (url, null), new DiagnosticBag());

    private static string Dom(string html) => new HtmlParser().ParseDocument("<!doctype html><body>" + html).Body!.InnerHtml;

    [Fact]
    public void Markdown_without_raw_html_is_plain()
    {
        Assert.True(Render(Everything).IsPlain);
    }

    [Fact]
    public void Plain_markdown_is_the_same_document_the_sanitizer_would_publish()
    {
        var rendered = Render(Everything);
        var diagnostics = new DiagnosticBag();

        var sanitized = new RawHtmlSanitizer(new HashSet<string>()).Sanitize(rendered.Html, File, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(Dom(sanitized), Dom(rendered.Html));
    }

    [Theory]
    [InlineData("<div>A block of HTML</div>\n")]
    [InlineData("Some <span lang=\"cy\">inline</span> HTML.\n")]
    [InlineData("<!-- a comment -->\n")]
    [InlineData("[Run](javascript:alert(1))\n")]
    [InlineData("[Run](JavaScript:alert(1))\n")]
    [InlineData("<javascript:alert(1)>\n")]
    [InlineData("![A dot](data:image/png;base64,iVBORw0KGgo=)\n")]
    [InlineData("[A file](file:///etc/passwd)\n")]
    [InlineData("[Odd](<a b>)\n")]
    [InlineData("[Empty]()\n")]
    [InlineData("# Heading {onclick=\"steal()\"}\n")]
    [InlineData("A paragraph. {style=\"color: #ccc\"}\n")]
    [InlineData("| Left | Right |\n|:-----|------:|\n| a | b |\n")]
    public void Markdown_that_the_sanitizer_may_change_is_not_plain(string markdown)
    {
        Assert.False(Render(markdown).IsPlain);
    }
}
