using SiteGen.Accessibility;
using SiteGen.Checks;

namespace SiteGen.Tests.Checks;

/// <summary>
/// A stylesheet's findings are worked out once per text in a process, so the check a build starts in the
/// background is the one its page checks use, and they are what the rules find in that text.
/// </summary>
public sealed class StylesheetFindingsTests
{
    // A distinct text per test: the findings are kept for the whole process.
    private static string PaleNote(string name) => $"body {{ color: #000; background: #fff; }}\n.{name} {{ color: #aaaaaa; }}\n";

    [Fact]
    public void The_findings_are_those_the_stylesheet_rules_find_in_the_text()
    {
        var css = PaleNote("pale-note-rules");

        var findings = StylesheetFindings.Of(css, CheckOptions.Default);

        var expected = AccessibilityChecker.Default.CheckStylesheet(StylesheetContext.Parse(css, "site.css"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(f => (f.RuleId, f.Text, f.SourceLine, f.SourceColumn)), findings.Select(f => (f.RuleId, f.Text, f.SourceLine, f.SourceColumn)));
    }

    [Fact]
    public void The_same_text_is_checked_once()
    {
        var css = PaleNote("pale-note-once");

        var first = StylesheetFindings.Of(css, CheckOptions.Default);
        var second = StylesheetFindings.Of(css, CheckOptions.Default);

        Assert.Same(first, second);
    }

    [Fact]
    public void An_edited_stylesheet_is_checked_again()
    {
        var css = PaleNote("pale-note-edited");
        StylesheetFindings.Of(css, CheckOptions.Default);

        var edited = StylesheetFindings.Of(css.Replace("#aaaaaa", "#333333"), CheckOptions.Default);

        Assert.DoesNotContain(edited, f => f.RuleId == "A11Y060");
    }

    [Fact]
    public void A_rule_the_options_ignore_is_not_found_even_after_the_text_was_checked_without_it()
    {
        var css = PaleNote("pale-note-ignored");
        Assert.Contains(StylesheetFindings.Of(css, CheckOptions.Default), f => f.RuleId == "A11Y060");

        var ignoring = StylesheetFindings.Of(css, new CheckOptions { IgnoredRules = new HashSet<string> { "A11Y060" } });

        Assert.DoesNotContain(ignoring, f => f.RuleId == "A11Y060");
    }

    [Fact]
    public void A_text_checked_for_a_AA_site_is_checked_again_for_a_level_A_site()
    {
        var css = PaleNote("pale-note-level");
        var atAA = StylesheetFindings.Of(css, CheckOptions.Default);
        Assert.Equal(Severity.Error, atAA.First(f => f.RuleId == "A11Y060").Severity);

        var atA = StylesheetFindings.Of(css, CheckOptions.Default with { Level = WcagLevel.A });

        Assert.Equal(Severity.Warning, atA.First(f => f.RuleId == "A11Y060").Severity);
    }
}
