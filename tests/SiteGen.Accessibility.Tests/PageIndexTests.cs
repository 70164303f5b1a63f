using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

/// <summary>The page's element list and the word scanner answer exactly as the DOM queries and the regex they replace.</summary>
public class PageIndexTests
{
    private const string Html = """
        <!doctype html><html lang="en"><head><title>T</title></head><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="#main">Skip</a></li></ul></nav></header>
        <main id="main"><h1>Title</h1><p>One <a href="/x">link</a></p><template><p>not in the page</p></template>
        <table><tr><td><p>Cell</p></td></tr></table><section role="region" aria-label="More"><h2 id="more">More</h2></section></main>
        <svg role="img" aria-label="Logo" viewBox="0 0 1 1"><a xlink:href="#main"><title>Logo</title></a><clipPath id="clip"></clipPath></svg>
        <img src="a.png" alt="A map" title="A map"><div class="card" ROLE="button" tabindex="0">Go</div>
        <label for="q">Search</label><input id="q" type="search" autocomplete="off">
        <footer><p lang="cy">Troedyn</p></footer></body></html>
        """;

    [Theory]
    [InlineData("a[href]")]
    [InlineData("p, li, td")]
    [InlineData("main p, main li")]
    [InlineData("[id]")]
    [InlineData("[lang]:not(html)")]
    [InlineData("h1, h2, h3, h4, h5, h6, [role=heading]")]
    [InlineData("section[role=region]")]
    [InlineData("*")]
    [InlineData(".card")]
    [InlineData("[role]")]
    [InlineData("[tabindex]")]
    [InlineData("[href]")]
    [InlineData("[viewbox]")]
    [InlineData("svg a, svg title")]
    [InlineData("main > h1 + p")]
    [InlineData("a[href^='#'], area[href^='#']")]
    [InlineData("img, area[href], svg[role=img], [role=img]:not(img):not(svg)")]
    [InlineData("a[href], button, summary, [role=button], [role=link]")]
    [InlineData("input[autocomplete], select[autocomplete], textarea[autocomplete]")]
    [InlineData("[lang|=cy]")]
    [InlineData("IMG[ALT]")]
    [InlineData(":is(h1, h2)")]
    [InlineData("p, li, td, th, blockquote, dd")]
    [InlineData("title")]
    [InlineData("clipPath")]
    [InlineData("clippath, table")]
    [InlineData("my-widget")]
    public void QuerySelectorAll_returns_the_same_elements_in_the_same_order_as_the_document(string selector)
    {
        var page = Parse(Html);
        Assert.Equal(page.Document.QuerySelectorAll(selector).ToArray(), page.QuerySelectorAll(selector).ToArray());
    }

    [Fact]
    public void QuerySelector_returns_the_first_match_or_null()
    {
        var page = Parse(Html);
        Assert.Same(page.Document.QuerySelector("main p"), page.QuerySelector("main p"));
        Assert.Same(page.Document.QuerySelector("title"), page.QuerySelector("title"));
        Assert.Same(page.Document.QuerySelector("*"), page.QuerySelector("*"));
        Assert.Null(page.QuerySelector("video"));
    }

    [Fact]
    public void The_same_query_asked_again_gives_the_same_elements()
    {
        var page = Parse(Html);
        var first = page.QuerySelectorAll("a[href]").ToArray();
        page.QuerySelectorAll("p");
        Assert.Equal(first, page.QuerySelectorAll("a[href]").ToArray());
        Assert.Equal(page.Document.QuerySelectorAll("a[href]").ToArray(), first);
    }

    [Theory]
    [InlineData("link")]
    [InlineData("p, link")]
    public void Bare_tag_names_select_as_the_document_does_when_a_page_has_tag_names_beyond_ASCII(string selector)
    {
        // U+212A (Kelvin sign) and U+0130 (capital I with dot) are not ASCII, yet lower-case to ASCII letters.
        var page = Parse("<!doctype html><html lang=\"en\"><body><p>x</p><lin\u212A>y</lin\u212A><l\u0130nk>z</l\u0130nk><link></body></html>");
        Assert.Equal(page.Document.QuerySelectorAll(selector).ToArray(), page.QuerySelectorAll(selector).ToArray());
        Assert.Same(page.Document.QuerySelector(selector), page.QuerySelector(selector));
        Assert.Equal(page.Document.Body!.QuerySelector(selector) is not null, page.HasDescendant(page.Document.Body!, selector));
    }

    [Fact]
    public void IsHidden_and_TextOf_answer_for_elements_asked_about_in_any_order()
    {
        var page = Parse("""
            <!doctype html><html lang="en"><body><main><p hidden>Gone</p><div aria-hidden="true"><p>Deep</p></div>
            <p>Seen <b>bold</b></p><ul><li><p>In a list</p></li></ul></main></body></html>
            """);
        var paragraphs = page.QuerySelectorAll("p");
        Assert.NotEmpty(paragraphs);
        Assert.NotEmpty(page.QuerySelectorAll("li"));
        // Each element asked about while another list is walked, and the list backwards.
        foreach (var item in page.QuerySelectorAll("li"))
            foreach (var p in paragraphs.Reverse())
            {
                Assert.Equal(Dom.IsHidden(p), page.IsHidden(p));
                Assert.Equal(AccessibleName.TextOf(p), page.TextOf(p));
                Assert.Equal(Dom.IsHidden(item), page.IsHidden(item));
            }
    }

    [Theory]
    [InlineData("""<p hidden>x</p>""", true)]
    [InlineData("""<p aria-hidden=" TRUE ">x</p>""", true)]
    [InlineData("""<p aria-hidden="false">x</p>""", false)]
    [InlineData("""<p style="color: red; visibility : hidden">x</p>""", true)]
    [InlineData("""<p style="color: red">x</p>""", false)]
    [InlineData("""<p class="visually-hidden" title="hidden">x</p>""", false)]
    [InlineData("""<svg><g hidden=""></g></svg>""", true)]
    [InlineData("""<noscript>x</noscript>""", true)]
    public void An_element_hides_itself_by_its_hidden_aria_hidden_or_style_attribute_or_its_tag(string body, bool hidden)
    {
        var element = Parse($"<!doctype html><html lang=\"en\"><body>{body}</body></html>").Document.Body!.FirstElementChild!;
        var deepest = element.FirstElementChild ?? element;
        Assert.Equal(hidden, Dom.IsSelfHidden(deepest));
    }

    [Theory]
    [InlineData("main", "p, li")]
    [InlineData("td", "p, li, td, th, blockquote, dd")]
    [InlineData("li", "p, li")]
    [InlineData("p", "a[href]")]
    [InlineData("svg", "title")]
    [InlineData("section", "h2, [role=heading]")]
    [InlineData("section", ".card")]
    public void HasDescendant_answers_as_the_element_own_query(string tag, string selector)
    {
        var page = Parse(Html);
        Assert.NotEmpty(page.Document.QuerySelectorAll(tag));
        foreach (var element in page.Document.QuerySelectorAll(tag))
            Assert.Equal(element.QuerySelector(selector) is not null, page.HasDescendant(element, selector));
    }

    [Fact]
    public void DescendantsOf_lists_the_same_elements_as_the_element_own_query()
    {
        var page = Parse(Html);
        Assert.NotEmpty(page.Elements);
        foreach (var element in page.Elements)
            Assert.Equal(element.QuerySelectorAll("*").ToArray(), page.DescendantsOf(element).ToArray());
    }

    [Fact]
    public void IsHidden_answers_as_the_walk_up_the_ancestors()
    {
        var page = Parse("""
            <!doctype html><html lang="en"><body><main><p hidden><a href="/">In hidden</a></p>
            <div aria-hidden="true"><span><b>Deep</b></span></div><p style="display: none">x</p>
            <p class="visually-hidden">Read out</p><p>Seen <span>too</span></p></main></body></html>
            """);
        Assert.Contains(page.Elements, page.IsHidden);
        foreach (var element in page.Elements)
            Assert.Equal(Dom.IsHidden(element), page.IsHidden(element));
    }

    [Fact]
    public void TextRuns_are_the_visible_text_under_the_body_in_the_order_the_walk_gives()
    {
        var page = Parse("""
            <!doctype html><html lang="en"><head><title>Not body text</title></head><body>Before
            <main><p>One <b>bold</b> and <i>more</i> words</p><p hidden>Gone <b>too</b></p>
            <div aria-hidden="true">Hidden</div><script>var x;</script><p>After <span style="display:none">no</span> end</p></main>
            <footer>   </footer>Last</body></html>
            """);
        Assert.Equal(Scripts.TextRuns(page.Document).ToArray(), page.TextRuns.ToArray());
        Assert.Contains(page.TextRuns, r => r.Text == "bold");
        Assert.DoesNotContain(page.TextRuns, r => r.Text.Contains("Gone", StringComparison.Ordinal) || r.Text.Contains("Not body", StringComparison.Ordinal));
    }

    [Fact]
    public void TextRuns_of_a_hidden_body_are_empty() =>
        Assert.Empty(Parse("<!doctype html><html lang=\"en\"><body hidden><p>Text</p></body></html>").TextRuns);

    [Fact]
    public void FindById_gives_the_first_element_with_the_id_as_getElementById_does()
    {
        var page = Parse("""<!doctype html><html lang="en"><body><p id="a">1</p><div><span id="b">2</span></div><p id="a">3</p><svg><g id="c"></g></svg></body></html>""");
        foreach (var id in new[] { "a", "b", "c", "missing" })
            Assert.Same(page.Document.GetElementById(id), page.FindById(id));
    }

    [Fact]
    public void Parse_builds_the_same_document_as_AngleSharp_defaults()
    {
        var html = Html + "<!-- a comment --><p>&amp; &copy; &notanentity; <unknown-tag x=1>t</unknown-tag></p><script>if (a < b) {}</script><style>p{}</style>";
        var expected = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(expected.DocumentElement.OuterHtml, Parse(html).Document.DocumentElement.OuterHtml);
    }

    [Fact]
    public void Elements_leave_out_template_content() =>
        Assert.DoesNotContain(Parse(Html).Elements, e => e.TextContent == "not in the page");

    [Theory]
    [InlineData("It’s the WCVA's day, isn't it?", new[] { "It’s", "the", "WCVA's", "day", "isn't", "it" })]
    [InlineData("  Croeso i'r  Cymry!  ", new[] { "Croeso", "i'r", "Cymry" })]
    [InlineData("A4 CF10 1AB — 12", new[] { "A", "CF" , "AB" })]
    [InlineData("'' ’", new[] { "''", "’" })]
    [InlineData("", new string[0])]
    public void Words_are_runs_of_letters_and_apostrophes(string text, string[] expected)
    {
        var words = new List<string>();
        foreach (var w in Words.Of(text)) words.Add(w.ToString());
        Assert.Equal(expected, words);
        Assert.Equal(expected.Length, Words.Count(text));
    }

    [Theory]
    [InlineData("Croeso i Gaerdydd, ŵyr a ŷd — “quoted” café’s party 🎉", false)]
    [InlineData("", false)]
    [InlineData("Urdu: اردو", true)]
    [InlineData("বাংলা", true)]
    [InlineData("Presentation form: ﻻ", true)]
    public void Text_that_may_hold_Arabic_or_Bengali_letters_is_told_apart_from_Latin_text(string text, bool expected)
    {
        Assert.Equal(expected, Scripts.MayHaveArabicOrBengali(text));
        Assert.Equal(expected, Scripts.Count(text, c => Scripts.IsArabic(c) || Scripts.IsBengali(c)) > 0);
    }

    [Theory]
    [InlineData("wcva")]
    [InlineData("WCVA")]
    [InlineData("nhs")]
    public void Known_abbreviations_match_in_any_case(string word)
    {
        var options = new CheckOptions { KnownAbbreviations = new HashSet<string>(StringComparer.Ordinal) { "WCVA" } };
        Assert.True(options.IsKnownAbbreviation(word));
        Assert.True(options.IsKnownAbbreviation(word.AsSpan()));
    }

    [Fact]
    public void Unknown_words_are_not_abbreviations() =>
        Assert.False(new CheckOptions { KnownAbbreviations = new HashSet<string> { "WCVA" } }.IsKnownAbbreviation("Cardiff"));
}
