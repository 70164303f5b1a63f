using SiteGen.Accessibility.Rules;

namespace SiteGen.Accessibility.Tests;

public class StylesheetRuleTests
{
    private static StylesheetContext Css(string css, CheckOptions? options = null) => StylesheetContext.Parse(css, "theme.css", options);

    private static List<Finding> Run<T>(string css) where T : StylesheetRule, new() => new T().Check(Css(css)).ToList();

    private static string Messages(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f => f.Message));

    // A small theme in the shape of the shipped one, clean for every rule.
    private const string CleanTheme = """
        :root { --text: #0b0c0c; --muted: #505a5f; --bg: #ffffff; --panel: #f3f2f1; --link: #1a5f9e; --brand: #0f3d4c; --focus: #ffdd00; }
        body { color: var(--text); background: var(--bg); line-height: 1.6; }
        a { color: var(--link); text-decoration: underline; }
        a:visited { color: #4c2c92; }
        a:focus-visible { outline: 3px solid transparent; color: var(--text); background-color: var(--focus); box-shadow: 0 4px var(--text); text-decoration: none; }
        .site-header { background: var(--brand); color: #fff; }
        .site-header__name { color: #fff; text-decoration: none; }
        .site-nav__link, .site-nav__link:visited { color: #fff; text-decoration: none; }
        .meta { color: var(--muted); }
        .tag { background: var(--panel); }
        main:focus { outline: none; }
        @media (orientation: landscape) { .page { column-count: 2; } }
        """;

    [Fact]
    public void Clean_theme_has_no_findings_from_any_stylesheet_rule() =>
        Assert.Empty(AccessibilityChecker.Default.CheckStylesheet(Css(CleanTheme)));

    // color-contrast

    [Fact]
    public void Color_contrast_reports_the_exact_pair_and_ratio()
    {
        var f = Assert.Single(Run<ColorContrast>(".tag { color: #767676; background: #f3f2f1; }"));
        Assert.Equal("\".tag\" has text #767676 on #f3f2f1: contrast 4.0:1, needs 4.5:1.", f.Message);
        Assert.Equal("A11Y060", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void Color_contrast_in_print_sees_a_header_background_removed_by_a_print_rule() =>
        Assert.Empty(Run<ColorContrast>("""
            .site-header { background: #0f5c5a; color: #fff; }
            .site-header__name { color: #fff; }
            @media print { .site-header { background: none; } .site-header__name { color: #000; } }
            """));

    [Fact]
    public void Color_contrast_uses_the_general_focus_background_for_a_component_link_in_focus() =>
        Assert.DoesNotContain(Run<ColorContrast>("""
            a:focus { background-color: #ffdd00; color: #0b0c0c; }
            .site-header { background: #0f5c5a; color: #fff; }
            .site-header__name { color: #fff; }
            .site-header__name:focus { color: #0b0c0c; }
            """), f => f.Message.StartsWith("\".site-header__name:focus\"", StringComparison.Ordinal));

    [Fact]
    public void Color_contrast_passes_a_good_pair() =>
        Assert.Empty(Run<ColorContrast>(".tag { color: #0b0c0c; background: #f3f2f1; }"));

    [Fact]
    public void Color_contrast_resolves_custom_properties_from_root()
    {
        var f = Assert.Single(Run<ColorContrast>(":root { --muted: #999999; --bg: #ffffff; } body { color: var(--muted); background: var(--bg); }"));
        Assert.Contains("text #999999 on #ffffff", f.Message);
    }

    [Fact]
    public void Color_contrast_checks_a_colour_only_rule_against_the_body_background()
    {
        var f = Assert.Single(Run<ColorContrast>("body { color: #fff; background: #0b0c0c; } .meta { color: #505a5f; } .ok { color: #fff; }"));
        Assert.StartsWith("\".meta\" has text #505a5f on #0b0c0c: contrast", f.Message);
    }

    [Fact]
    public void Color_contrast_checks_states_such_as_visited_and_hover()
    {
        var messages = Messages(Run<ColorContrast>("body { background: #fff; } a { color: #1a5f9e; } a:visited { color: #b58cd9; } a:hover { color: #ff9900; }"));
        Assert.Contains("\"a:visited\" has text #b58cd9 on #ffffff", messages);
        Assert.Contains("\"a:hover\" has text #ff9900 on #ffffff", messages);
        Assert.DoesNotContain("\"a\" ", messages);
    }

    [Fact]
    public void Color_contrast_uses_the_bem_block_background_for_an_element_of_the_block()
    {
        var f = Assert.Single(Run<ColorContrast>(".site-header { background: #0f3d4c; color: #fff; } .site-header__name { color: #1a5f9e; }"));
        Assert.StartsWith("\".site-header__name\" has text #1a5f9e on #0f3d4c", f.Message);
    }

    [Fact]
    public void Color_contrast_uses_an_ancestor_background_from_the_selector()
    {
        var f = Assert.Single(Run<ColorContrast>(".dark { background: #000; color: #fff; } .dark a { color: #1a5f9e; }"));
        Assert.StartsWith("\".dark a\" has text #1a5f9e on #000000", f.Message);
    }

    [Fact]
    public void Color_contrast_uses_the_pair_table_for_a_text_colour_declared_with_a_background() =>
        // White nav links have no background of their own, but white is declared on the header's brand colour.
        Assert.Empty(Run<ColorContrast>("body { background: #fff; } .site-header { background: #0f3d4c; color: #fff; } .site-nav__link { color: #fff; }"));

    [Fact]
    public void Color_contrast_checks_the_page_text_and_links_on_a_content_panel()
    {
        var f = Assert.Single(Run<ColorContrast>("body { color: #0b0c0c; background: #fff; } a { color: #767676; } .tag { background: #f3f2f1; }"));
        Assert.Equal("\".tag\" has text #767676 (link colour from \"a\") on #f3f2f1: contrast 4.0:1, needs 4.5:1.", f.Message);
    }

    [Fact]
    public void Color_contrast_allows_3_to_1_only_for_large_text()
    {
        // #949494 on white is 3.03:1.
        Assert.Empty(Run<ColorContrast>("body { background: #fff; } .hero { font-size: 1.5rem; color: #949494; } .bold { font-size: 19px; font-weight: 700; color: #949494; }"));
        var f = Assert.Single(Run<ColorContrast>("body { background: #fff; } .small { font-size: 1.1rem; color: #949494; }"));
        Assert.EndsWith("needs 4.5:1.", f.Message);
        var large = Assert.Single(Run<ColorContrast>("body { background: #fff; } .hero { font-size: 24px; color: #aaaaaa; }"));
        Assert.EndsWith("needs 3:1.", large.Message);
    }

    [Fact]
    public void Color_contrast_composites_translucent_text_and_reads_rgb_and_named_colours()
    {
        var f = Assert.Single(Run<ColorContrast>("body { background: white; } .x { color: #00000080; } .y { color: rgb(11, 12, 12); } .z { color: black; }"));
        // AngleSharp.Css reads the alpha 80 as 0.5, so half-black on white composites to #808080.
        Assert.StartsWith("\".x\" has text #808080 on #ffffff: contrast 3.9:1", f.Message);
        Assert.Single(Run<ColorContrast>(".x { color: rgba(150, 150, 150, 1); background: #fff; }"));
    }

    [Fact]
    public void Color_contrast_checks_print_rules_against_the_print_page()
    {
        Assert.Empty(Run<ColorContrast>("body { color: #fff; background: #0b0c0c; } @media print { body { color: #000; background: #fff; } a { color: #000; } }"));
        var f = Assert.Single(Run<ColorContrast>("body { background: #0b0c0c; color: #fff; } @media print { body { color: #000; background: #fff; } a { color: #cccccc; } }"));
        Assert.StartsWith("\"a\" in @media print has text #cccccc on #ffffff", f.Message);
    }

    [Fact]
    public void Color_contrast_findings_point_at_the_rule_in_the_css_file()
    {
        var f = Assert.Single(Run<ColorContrast>("body { background: #fff; }\n\n/* muted */\n  .meta,\n  .byline { color: #aaaaaa; }\n").Take(1));
        Assert.Equal(4, f.SourceLine);
        Assert.Equal(3, f.SourceColumn);
        Assert.Equal("theme.css", f.Stylesheet);
        Assert.Equal("theme.css", f.Page.Url);
        Assert.Null(f.Element);
    }

    // focus-visible

    [Fact]
    public void Focus_visible_requires_a_focus_rule_for_links()
    {
        var f = Assert.Single(Run<FocusVisible>("button:focus-visible { outline: 3px solid #0b0c0c; }"));
        Assert.Contains("no :focus or :focus-visible rule for links", f.Message);
        Assert.Equal(1, f.SourceLine);
    }

    [Theory]
    [InlineData("a:focus { outline: none; }")]
    [InlineData("a:focus { outline: 0; }")]
    [InlineData("a:focus-visible { outline-style: none; }")]
    [InlineData("a:focus-visible, button:focus-visible { outline: none; color: #0b0c0c; }")]
    public void Focus_visible_reports_an_outline_removed_without_replacement(string css)
    {
        var findings = Run<FocusVisible>(css);
        Assert.NotEmpty(findings); // one per selector in the list
        Assert.All(findings, f => Assert.Contains("removes the focus outline", f.Message));
        Assert.All(findings, f => Assert.Equal("A11Y061", f.RuleId));
    }

    [Theory]
    [InlineData("a:focus { outline: none; box-shadow: 0 0 0 3px #0b0c0c; }")]
    [InlineData("a:focus { outline: none; } a:focus-visible { outline: 3px solid #0b0c0c; }")]
    [InlineData("a:focus-visible { outline: 3px solid transparent; background-color: #ffdd00; box-shadow: 0 4px #0b0c0c; }")]
    [InlineData("a:focus-visible { outline: 2px solid #1d70b8; } main:focus { outline: none; } :focus:not(:focus-visible) { outline: none; }")]
    [InlineData("a:focus { outline: 0; border: 2px solid #0b0c0c; }")]
    public void Focus_visible_passes_a_visible_replacement(string css) => Assert.Empty(Run<FocusVisible>(css));

    [Fact]
    public void Focus_visible_needs_3_to_1_against_the_page_background()
    {
        var f = Assert.Single(Run<FocusVisible>("body { background: #fff; } a:focus-visible { outline: 3px solid #ffdd00; }"));
        Assert.Equal("\"a:focus-visible\" has a focus indicator in #ffdd00 on the page background #ffffff: best contrast 1.3:1, needs 3:1.", f.Message);
    }

    // link-distinguishable

    [Theory]
    [InlineData("a { text-decoration: none; }", "a")]
    [InlineData("a:link, a:visited { text-decoration: none; }", "a:link")]
    [InlineData("main a { text-decoration: none; }", "main a")]
    [InlineData(".prose a { text-decoration: none; }", ".prose a")]
    [InlineData("p a { text-decoration-line: none; }", "p a")]
    [InlineData("li a { color: #1a5f9e; text-decoration: none; }", "li a")]
    public void Link_distinguishable_reports_underline_removed_from_prose_links(string css, string selector)
    {
        var f = Run<LinkDistinguishable>(css).First();
        Assert.Equal($"\"{selector}\" removes the underline from links in content (text-decoration: none).", f.Message);
    }

    [Theory]
    [InlineData("nav a { text-decoration: none; }")]
    [InlineData("header a, footer a { text-decoration: none; }")]
    [InlineData(".site-nav a, .site-footer__links a, .menu a { text-decoration: none; }")]
    [InlineData(".button, a.tag, .site-nav__link { text-decoration: none; }")]
    [InlineData("a:hover, a:focus-visible { text-decoration: none; }")]
    [InlineData("a { text-decoration: underline; }")]
    public void Link_distinguishable_allows_navigation_components_and_states(string css) => Assert.Empty(Run<LinkDistinguishable>(css));

    // orientation

    [Theory]
    [InlineData("@media (orientation: portrait) { body { display: none; } }", "hides it with display: none")]
    [InlineData("@media screen and (orientation: landscape) { .page { transform: rotate(90deg); } }", "rotates it")]
    public void Orientation_reports_content_hidden_or_rotated_by_orientation(string css, string what)
    {
        var f = Assert.Single(Run<Orientation>(css));
        Assert.Contains(what, f.Message);
        Assert.Contains("orientation", f.Message);
    }

    [Fact]
    public void Orientation_allows_layout_changes_and_width_queries() =>
        Assert.Empty(Run<Orientation>("@media (orientation: landscape) { .page { column-count: 2; } } @media (max-width: 40em) { .aside { display: none; } }"));

    // text-spacing

    [Theory]
    [InlineData("p { line-height: 1.5 !important; }", "line-height")]
    [InlineData(".x { letter-spacing: 0.1em !important; }", "letter-spacing")]
    [InlineData(".x { word-spacing: 2px !important; }", "word-spacing")]
    public void Text_spacing_reports_important_spacing(string css, string property)
    {
        var f = Assert.Single(Run<TextSpacing>(css));
        Assert.Contains(property, f.Message);
        Assert.Contains("!important", f.Message);
    }

    [Fact]
    public void Text_spacing_allows_spacing_without_important_and_other_important_properties() =>
        Assert.Empty(Run<TextSpacing>("p { line-height: 1.5; letter-spacing: 0.01em; } .visually-hidden { width: 1px !important; position: absolute !important; }"));

    // engine

    [Fact]
    public void Every_stylesheet_rule_has_help_for_theme_authors()
    {
        var rules = AccessibilityChecker.Default.StylesheetRules;
        Assert.Equal(["A11Y060", "A11Y061", "A11Y062", "A11Y063", "A11Y064"], rules.Select(r => r.Id));
        Assert.Equal(["color-contrast", "focus-visible", "link-distinguishable", "orientation", "text-spacing"], rules.Select(r => r.Name));
        foreach (var rule in rules)
        {
            Assert.Contains("theme stylesheet", rule.Help, StringComparison.Ordinal);
            Assert.Contains(rule, AccessibilityChecker.Default.AllRules);
        }
    }

    [Fact]
    public void Check_stylesheet_skips_ignored_rules_and_keeps_finding_text_in_the_contract_form()
    {
        const string bad = "a { text-decoration: none; } p { line-height: 2 !important; }";
        var all = AccessibilityChecker.Default.CheckStylesheet(Css(bad));
        Assert.Contains(all, f => f.RuleName == "text-spacing");
        var f = Assert.Single(all, f => f.RuleName == "link-distinguishable");
        Assert.Equal($"{f.Message} {f.Help.TrimEnd('.')} (WCAG 1.4.1).", f.Text);

        var options = new CheckOptions { IgnoredRules = new HashSet<string>(["A11Y064", "link-distinguishable"]) };
        Assert.DoesNotContain(AccessibilityChecker.Default.CheckStylesheet(Css(bad, options)), x => x.RuleName is "text-spacing" or "link-distinguishable");
    }

    [Fact]
    public void A_checker_built_with_only_page_rules_has_no_stylesheet_rules()
    {
        var checker = new AccessibilityChecker([new HtmlLang()]);
        Assert.Empty(checker.StylesheetRules);
        Assert.Empty(checker.CheckStylesheet(Css("a { text-decoration: none; }")));
        Assert.Single(new AccessibilityChecker([], null, [new TextSpacing()]).CheckStylesheet(Css("p { line-height: 2 !important; }")));
    }

    [Fact]
    public void Stylesheet_context_loads_a_file_and_resolves_nested_variables()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitegen-a11y-{Guid.NewGuid():N}.css");
        File.WriteAllText(path, ":root { --base: #0b0c0c; --text: var(--base); }\nbody { color: var(--text, red); }\n");
        try
        {
            var css = StylesheetContext.Load(path);
            Assert.Equal(path, css.Path);
            Assert.Equal("#0b0c0c", css.ResolveVariables("var(--text)"));
            Assert.Equal("#fff", css.ResolveVariables("var(--missing, #fff)"));
            Assert.Equal(2, css.StyleRules.Count);
            Assert.Equal((2, 1), (css.StyleRules[1].Line, css.StyleRules[1].Column));
        }
        finally { File.Delete(path); }
    }

    // the shipped theme

    [Fact]
    public void Shipped_default_theme_stylesheet_has_no_findings()
    {
        var path = Path.Combine(RepoRoot(), "themes", "default", "assets", "css", "site.css");
        var findings = AccessibilityChecker.Default.CheckStylesheet(StylesheetContext.Load(path));
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{f.SourceLine}:{f.SourceColumn} {f.RuleId} {f.Message}")));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
