using System.Reflection;
using SiteGen.Accessibility;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// tests/a11y-corpus: small pages, each with one known defect (named by its file) or none (clean-*).
/// Each page goes through axe-core in Chromium and through SiteGen's static rules; every violation axe
/// reports must be matched by a finding of one of our rules mapped to it below, and clean pages get
/// nothing from either. Our rules must also report the rules each page names (a page axe passes is still
/// judged by them).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CorpusTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>axe rule id → the SiteGen rule names that cover it.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AxeToOurs = new Dictionary<string, string[]>
    {
        ["area-alt"] = ["img-alt"],
        ["aria-allowed-attr"] = ["aria-valid"],
        ["aria-allowed-role"] = ["aria-valid"],
        ["aria-hidden-focus"] = ["aria-hidden-focusable"],
        ["aria-prohibited-attr"] = ["aria-valid"],
        ["aria-required-attr"] = ["aria-valid"],
        ["aria-required-children"] = ["aria-required-children"],
        ["aria-required-parent"] = ["aria-valid"],
        ["aria-roles"] = ["aria-valid"],
        ["aria-valid-attr"] = ["aria-valid"],
        ["aria-valid-attr-value"] = ["aria-valid", "id-unique-refs"],
        ["autocomplete-valid"] = ["autocomplete-valid"],
        ["blink"] = ["no-blink-marquee"],
        ["button-name"] = ["control-name"],
        ["bypass"] = ["skip-link"],
        ["color-contrast"] = ["no-inline-colour"],
        ["definition-list"] = ["list-structure"],
        ["dlitem"] = ["list-structure"],
        ["document-title"] = ["page-title"],
        ["duplicate-id"] = ["id-unique-refs"],
        ["duplicate-id-active"] = ["id-unique-refs"],
        ["duplicate-id-aria"] = ["id-unique-refs"],
        ["empty-heading"] = ["heading-empty"],
        ["empty-table-header"] = ["table-headers"],
        ["frame-title"] = ["iframe-title"],
        ["heading-order"] = ["heading-order"],
        ["html-has-lang"] = ["html-lang"],
        ["html-lang-valid"] = ["html-lang", "lang-valid"],
        ["image-alt"] = ["img-alt"],
        ["image-redundant-alt"] = ["img-alt-redundant"],
        ["input-button-name"] = ["control-name"],
        ["input-image-alt"] = ["img-alt", "control-name", "form-labels"],
        ["label"] = ["form-labels"],
        ["label-content-name-mismatch"] = ["label-in-name"],
        ["landmark-banner-is-top-level"] = ["landmark-banner-contentinfo"],
        ["landmark-contentinfo-is-top-level"] = ["landmark-banner-contentinfo"],
        ["landmark-no-duplicate-banner"] = ["landmark-banner-contentinfo"],
        ["landmark-no-duplicate-contentinfo"] = ["landmark-banner-contentinfo"],
        ["landmark-no-duplicate-main"] = ["landmark-main"],
        ["landmark-one-main"] = ["landmark-main"],
        ["landmark-unique"] = ["landmark-unique"],
        ["link-name"] = ["link-name"],
        ["list"] = ["list-structure"],
        ["listitem"] = ["list-structure"],
        ["marquee"] = ["no-blink-marquee"],
        ["meta-viewport"] = ["meta-viewport"],
        ["meta-viewport-large"] = ["meta-viewport"],
        ["nested-interactive"] = ["nested-interactive"],
        ["no-autoplay-audio"] = ["media-autoplay"],
        ["page-has-heading-one"] = ["heading-one"],
        // region exempts a working skip link; a broken one shows up as content outside landmarks.
        ["region"] = ["landmark-main", "landmark-banner-contentinfo", "skip-link"],
        ["role-img-alt"] = ["img-alt"],
        ["scope-attr-valid"] = ["table-headers"],
        ["select-name"] = ["form-labels"],
        ["skip-link"] = ["skip-link"],
        ["summary-name"] = ["details-summary"],
        ["svg-img-alt"] = ["img-alt"],
        ["tabindex"] = ["tabindex"],
        ["td-has-header"] = ["table-headers"],
        ["th-has-data-cells"] = ["table-headers"],
        ["valid-lang"] = ["lang-valid"],
        ["video-caption"] = ["media-captions"],
    };

    [Theory]
    [InlineData("clean-article.html")]
    [InlineData("clean-form.html")]
    [InlineData("clean-table.html")]
    [InlineData("aria-hidden-focusable.html")]
    [InlineData("aria-invalid-role.html")]
    [InlineData("aria-prohibited-label.html")]
    [InlineData("aria-required-children.html")]
    [InlineData("autocomplete-invalid.html")]
    [InlineData("button-no-name.html")]
    [InlineData("color-contrast-inline.html")]
    [InlineData("dt-outside-dl.html")]
    [InlineData("duplicate-id.html")]
    [InlineData("empty-heading.html")]
    [InlineData("empty-link.html")]
    [InlineData("h1-missing.html")]
    [InlineData("heading-skip.html")]
    [InlineData("html-lang-invalid.html")]
    [InlineData("html-lang-missing.html")]
    [InlineData("iframe-no-title.html")]
    [InlineData("image-button-no-alt.html")]
    [InlineData("img-alt-missing.html")]
    [InlineData("input-no-label.html")]
    [InlineData("link-text-here.html")]
    [InlineData("list-bad-child.html")]
    [InlineData("main-missing.html")]
    [InlineData("marquee.html")]
    [InlineData("meta-viewport-no-zoom.html")]
    [InlineData("nav-unlabelled-twice.html")]
    [InlineData("nested-interactive.html")]
    [InlineData("select-no-label.html")]
    [InlineData("skip-link-broken.html")]
    [InlineData("svg-img-no-name.html")]
    [InlineData("tabindex-positive.html")]
    [InlineData("table-no-headers.html")]
    [InlineData("title-missing.html")]
    public async Task Our_static_rules_catch_every_defect_axe_catches(string file)
    {
        var result = await CorpusPage.EvaluateAsync(browser, file);
        output.WriteLine(result.Report());
        var expected = SiteGen.Accessibility.Tests.CorpusExpectation.RuleNames(
            await File.ReadAllTextAsync(Path.Combine(BrowserFixture.CorpusFolder, file)));
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.OurRuleNames);

        if (result.IsClean)
        {
            Assert.True(result.Axe.Count == 0 && result.Ours.Count == 0,
                $"{file} is meant to be clean, but axe reported [{string.Join(", ", result.AxeRuleIds)}] and our rules reported [{string.Join(", ", result.OurRuleNames)}].");
            return;
        }

        Assert.True(result.Missed.Count == 0,
            $"axe found what our static rules did not on {file}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, result.Missed.Select(m => $"  {m} (axe) → expected one of [{string.Join(", ", AxeToOurs.GetValueOrDefault(m) ?? ["no mapping"])}]; ours reported [{string.Join(", ", result.OurRuleNames)}]")));
    }

    [Fact]
    public void Every_corpus_page_is_listed_in_the_theory()
    {
        var listed = typeof(CorpusTests).GetMethod(nameof(Our_static_rules_catch_every_defect_axe_catches))!
            .GetCustomAttributes<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0])
            .Order(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(BrowserFixture.CorpusFolder, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, listed);
    }

    [Fact]
    public async Task Corpus_agreement_summary()
    {
        var files = Directory.EnumerateFiles(BrowserFixture.CorpusFolder, "*.html").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var results = new List<CorpusPage>();
        foreach (var file in files) results.Add(await CorpusPage.EvaluateAsync(browser, file));

        var defects = results.Where(r => !r.IsClean).ToList();
        var axeViolations = defects.Sum(r => r.Axe.Count);
        var missed = defects.Sum(r => r.Missed.Count);
        output.WriteLine($"Corpus: {results.Count} pages ({defects.Count} with one defect, {results.Count - defects.Count} clean).");
        output.WriteLine($"axe (WCAG 2.x A/AA + best-practice) reported {axeViolations} violated rule(s) on {defects.Count(r => r.Axe.Count > 0)} defect page(s); "
            + $"our rules matched {axeViolations - missed}, missed {missed}.");
        output.WriteLine($"Pages where axe found something and our rules reported at least one finding: "
            + $"{defects.Count(r => r.Axe.Count > 0 && r.Ours.Count > 0)}/{defects.Count(r => r.Axe.Count > 0)}.");
        output.WriteLine($"Defect pages axe passes but our rules flag: {string.Join(", ", defects.Where(r => r.Axe.Count == 0 && r.Ours.Count > 0).Select(r => r.File))}.");
        output.WriteLine($"Defect pages neither flags: {string.Join(", ", defects.Where(r => r.Axe.Count == 0 && r.Ours.Count == 0).Select(r => r.File))}.");
        output.WriteLine($"Clean pages with any result: {string.Join(", ", results.Where(r => r.IsClean && (r.Axe.Count + r.Ours.Count) > 0).Select(r => r.File))}.");
        output.WriteLine("");
        foreach (var r in results) output.WriteLine(r.Report());

        // The summary itself only fails when the clean pages stop being clean; the theory above judges each page.
        Assert.All(results.Where(r => r.IsClean), r => Assert.True(r.Axe.Count == 0 && r.Ours.Count == 0, r.Report()));
    }
}

/// <summary>One corpus page as axe and as our static rules see it.</summary>
public sealed record CorpusPage(string File, IReadOnlyList<AxeViolation> Axe, IReadOnlyList<Finding> Ours)
{
    private static readonly Dictionary<string, Task<CorpusPage>> Cache = [];

    public bool IsClean => File.StartsWith("clean-", StringComparison.Ordinal);

    public IEnumerable<string> AxeRuleIds => Axe.Select(v => v.Id).Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> OurRuleNames => Ours.Select(f => f.RuleName).Distinct().Order(StringComparer.Ordinal);

    /// <summary>axe rule ids with no finding from any of the SiteGen rules mapped to them.</summary>
    public IReadOnlyList<string> Missed => AxeRuleIds
        .Where(id => !(CorpusTests.AxeToOurs.TryGetValue(id, out var ours) && ours.Any(o => OurRuleNames.Contains(o, StringComparer.OrdinalIgnoreCase))))
        .ToList();

    public string Report() =>
        $"{File}: axe [{string.Join(", ", AxeRuleIds)}]; ours [{string.Join(", ", Ours.Select(f => $"{f.RuleName} {f.Severity.ToString().ToLowerInvariant()}").Distinct())}]"
        + (Missed.Count > 0 ? $"; MISSED [{string.Join(", ", Missed)}]" : "");

    /// <summary>Evaluates a corpus page once per test run (the theory and the summary share the result).</summary>
    public static Task<CorpusPage> EvaluateAsync(BrowserFixture browser, string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var task)) Cache[file] = task = Evaluate(browser, file);
            return task;
        }
    }

    private static async Task<CorpusPage> Evaluate(BrowserFixture browser, string file)
    {
        var html = await System.IO.File.ReadAllTextAsync(Path.Combine(BrowserFixture.CorpusFolder, file));
        var url = $"{BrowserFixture.CorpusPrefix}/{file}";
        var ours = AccessibilityChecker.Default.CheckPage(PageContext.Parse(html, url, CheckOptions.Default));

        var page = await browser.OpenAsync(url);
        try
        {
            return new CorpusPage(file, await SiteGen.Browser.Tests.Axe.ViolationsAsync(page, SiteGen.Browser.Tests.Axe.WcagAndBestPracticeTags), ours);
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }
}
