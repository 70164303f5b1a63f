using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class CheckerTests
{
    private const string RealisticPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Diversity in service user involvement – Example charity</title>
        </head>
        <body>
        <a href="#main-content" class="skip-link">Skip to main content</a>
        <header class="site-header">
          <a href="/" class="site-name">Example charity</a>
          <nav aria-label="Main">
            <ul>
              <li><a href="/events/">Events</a></li>
              <li><a href="/blog/">Blog</a></li>
              <li><a href="/about/">About us</a></li>
              <li><a href="/cy/" hreflang="cy" lang="cy">Cymraeg</a></li>
            </ul>
          </nav>
        </header>
        <main id="main-content">
          <article>
            <h1 data-md-pos="1:1">Diversity in service user involvement</h1>
            <p data-md-pos="3:1">On 8 December 2020 we met online with
              <a href="https://example.org/partners/">our partner organisations</a> to talk about who gets heard.
              The event was run with <abbr title="National Health Service">NHS</abbr> staff.</p>
            <figure>
              <img src="/images/2020-12-08-panel.jpg" alt="Four panellists on a video call, one signing in BSL">
              <figcaption>The panel, from left: Amina, Dafydd, Grace and Sam.</figcaption>
            </figure>
            <h2 id="what-we-heard" data-md-pos="10:1">What we heard</h2>
            <p>People said they wanted to be asked early. <span lang="cy">Diolch yn fawr</span> to everyone who came.</p>
            <ul>
              <li>Pay people for their time.</li>
              <li>Offer <a href="/easy-read/">Easy Read versions of every document</a>.</li>
            </ul>
            <h3>Numbers</h3>
            <table>
              <caption>Who came</caption>
              <thead><tr><th scope="col">Group</th><th scope="col">People</th></tr></thead>
              <tbody><tr><td>Service users</td><td>24</td></tr><tr><td>Staff</td><td>11</td></tr></tbody>
            </table>
            <h2>Next steps</h2>
            <p><a href="/events/2021-involvement-review/">Read more<span class="visually-hidden"> about the involvement review</span></a></p>
            <p>Jump back to <a href="#what-we-heard">what we heard</a>.</p>
            <a href="/donate/"><img src="/images/donate.svg" alt="Donate to Example charity"></a>
            <img src="/images/divider.svg" alt="">
            <svg aria-hidden="true" focusable="false" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
            <figure>
              <iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video: highlights of the event"></iframe>
              <figcaption><a href="/events/highlights-transcript/">Read the transcript of the highlights video</a></figcaption>
            </figure>
          </article>
          <aside aria-label="Related">
            <h2>Related events</h2>
            <ul><li><a href="/events/carers-week/">Carers Week coffee morning</a></li></ul>
          </aside>
        </main>
        <footer>
          <nav aria-label="Footer">
            <a href="/accessibility/">Accessibility statement</a>
            <a href="/privacy/">Privacy notice</a>
          </nav>
          <form action="/search/">
            <label for="q">Search the site</label>
            <input id="q" name="q" type="search">
            <button type="submit">Search</button>
          </form>
          <p>Registered charity number 1234567</p>
        </footer>
        </body>
        </html>
        """;

    [Fact]
    public void Clean_realistic_page_has_no_findings_from_any_rule() => AssertClean(RealisticPage);

    [Fact]
    public void Clean_minimal_test_page_has_no_findings() => AssertClean(Page("<p>Hello.</p>"));

    [Fact]
    public void Clean_page_has_no_site_findings_when_titles_differ()
    {
        var pages = new[] { Parse(Page("", title: "One")), Parse(Page("", title: "Two")) };
        Assert.Empty(AccessibilityChecker.Default.CheckSite(pages));
    }

    [Fact]
    public void Default_checker_discovers_every_rule_with_unique_ids_and_names()
    {
        var all = AccessibilityChecker.Default.AllRules.ToList();
        // README.md lists every rule a site is checked against: a new rule is found and documented, or neither.
        Assert.Equal(ReadmeRuleTableTests.RuleIdsAndNames(), all.Select(r => $"{r.Id} {r.Name}"));
        Assert.Equal(all.Count, all.Select(r => r.Id).Distinct().Count());
        Assert.Equal(all.Count, all.Select(r => r.Name).Distinct().Count());
        Assert.Contains(AccessibilityChecker.Default.SiteRules, r => r.Name == "page-title-unique");
    }

    [Fact]
    public void Every_rule_has_complete_metadata()
    {
        Assert.NotEmpty(AccessibilityChecker.Default.AllRules);
        foreach (var rule in AccessibilityChecker.Default.AllRules)
        {
            Assert.Matches(@"^A11Y\d{3}$", rule.Id);
            Assert.Matches(@"^[a-z0-9]+(-[a-z0-9]+)*$", rule.Name);
            Assert.Matches(@"^\d\.\d\.\d+(, \d\.\d\.\d+)*$", rule.Wcag);
            Assert.EndsWith(".", rule.Help);
        }
    }

    [Fact]
    public void Ignored_rule_is_skipped_by_id()
    {
        var html = Page("""<p><a href="/x/">here</a></p>""");
        Assert.Contains(RunAll(html), f => f.RuleName == "link-text-vague");
        Assert.DoesNotContain(RunAll(html, Options(ignored: ["A11Y012"])), f => f.RuleName == "link-text-vague");
    }

    [Fact]
    public void Ignored_rule_is_skipped_by_name()
    {
        var html = Page("""<p><a href="/x/">here</a></p>""");
        Assert.Empty(RunAll(html, Options(ignored: ["link-text-vague"])));
    }

    [Fact]
    public void Site_rules_find_from_page_summaries_what_they_find_from_parsed_pages()
    {
        var pages = new[] { Parse(Page("", title: "Same"), url: "/a/"), Parse(Page("", title: "Same"), url: "/b/") };
        var summaries = pages.Select(p => AccessibilityChecker.Default.Summarize(p).Page).ToList();
        var fromSummaries = Assert.Single(AccessibilityChecker.Default.CheckSite(summaries));
        var fromPages = Assert.Single(AccessibilityChecker.Default.CheckSite(pages));
        Assert.Equal(1, fromSummaries.Page);
        Assert.Same(pages[1], fromPages.Page);
        Assert.Equal(fromPages.Text, fromSummaries.Text);
    }

    [Fact]
    public void Page_summary_names_the_element_a_site_finding_points_at()
    {
        var (_, elements) = AccessibilityChecker.Default.Summarize(Parse(Page("", title: "One")));
        var index = AccessibilityChecker.Default.SiteRules.ToList().FindIndex(r => r.Name == "page-title-unique");
        Assert.Equal("title", elements[index]!.LocalName);
    }

    [Fact]
    public void Ignored_site_rule_is_skipped()
    {
        var options = Options(ignored: ["page-title-unique"]);
        var pages = new[] { Parse(Page(""), options), Parse(Page(""), options) };
        Assert.Empty(AccessibilityChecker.Default.CheckSite(pages));
    }

    [Fact]
    public void Finding_text_has_the_contract_form()
    {
        var finding = Assert.Single(Run<LinkTextVague>(Page("""<p><a href="/x/">here</a></p>""")));
        Assert.Equal("Link text \"here\" does not say where the link goes. Use words that describe the destination (WCAG 2.4.4).", finding.Text);
        Assert.Equal("A11Y012", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Finding_points_at_the_offending_element_so_the_markdown_line_can_be_found()
    {
        var finding = Assert.Single(Run<LinkTextVague>(Page("""<p data-md-pos="7:1">See <a href="/x/">here</a>.</p>""")));
        Assert.NotNull(finding.Element);
        Assert.Equal("a", finding.Element!.LocalName);
        Assert.Equal("7:1", finding.Element.Closest("[data-md-pos]")!.GetAttribute("data-md-pos"));
    }

    [Fact]
    public void Every_element_finding_on_a_broken_page_carries_an_element()
    {
        var html = Document("<div><img src='a.jpg'><a href='#nowhere'></a><h3></h3><table><tr><td>x</td></tr></table></div>", lang: "");
        var findings = RunAll(html);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.NotNull(f.Element));
    }

    [Fact]
    public void Checker_is_safe_to_run_in_parallel()
    {
        var html = Page("""<p><a href="/x/">here</a> <img src="IMG_0001.jpg" alt="IMG_0001.jpg"></p>""");
        var counts = new int[64];
        Parallel.For(0, counts.Length, i => counts[i] = RunAll(html).Count);
        Assert.Equal(["img-alt-filename", "link-text-vague"], RunAll(html).Select(f => f.RuleName).Order(StringComparer.Ordinal));
        Assert.All(counts, c => Assert.Equal(2, c));
    }
}
