using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Baselines;

namespace SiteGen.Tests.Baselines;

/// <summary>What a baseline records of a build's findings, and which later findings it knows.</summary>
public sealed class BaselineTests
{
    private const string Post = "content/en/blog/x.md";

    private static Diagnostic Finding(string message, int line = 4, Severity severity = Severity.Error,
        string code = "A11Y012", string file = Post) =>
        new(severity, code, message, new SourceLocation(file, line, 5));

    private static readonly Diagnostic Here = Finding("Link text \"here\" does not say where the link goes.");
    private static readonly Diagnostic More = Finding("Link text \"more\" does not say where the link goes.", line: 9);

    [Fact]
    public void Fingerprint_is_the_same_on_another_line_column_and_severity()
    {
        var moved = Here with { Severity = Severity.Warning, Location = new SourceLocation(Post, 40, 1) };

        Assert.Equal(Fingerprint.Of(Here), Fingerprint.Of(moved));
    }

    [Fact]
    public void Fingerprint_differs_for_different_flagged_text() =>
        Assert.NotEqual(Fingerprint.Of(Here), Fingerprint.Of(More));

    [Fact]
    public void Fingerprint_differs_for_another_rule_with_the_same_words() =>
        Assert.NotEqual(Fingerprint.Of(Here), Fingerprint.Of(Here with { Code = "A11Y041" }));

    [Fact]
    public void Fingerprint_ignores_figures_that_move_with_edits_elsewhere_on_the_page()
    {
        var before = Finding("This page reads at grade 12.4; aim for 9 or below.");
        var after = Finding("This page reads at grade 11.9; aim for 9 or below.");

        Assert.Equal(Fingerprint.Of(before), Fingerprint.Of(after));
    }

    [Fact]
    public void Same_finding_twice_in_a_file_is_one_entry_counted_twice()
    {
        var baseline = Baseline.Of([Here, Here with { Location = new SourceLocation(Post, 12, 3) }]);

        Assert.Equal(2, Assert.Single(baseline.Entries).Count);
        Assert.Equal(2, baseline.Total);
    }

    [Fact]
    public void Info_messages_are_not_recorded() =>
        Assert.Empty(Baseline.Of([Finding("Reading ease 61.", severity: Severity.Info, code: "ER008")]).Entries);

    [Fact]
    public void Entries_are_ordered_by_file_code_and_fingerprint_whatever_the_order_found()
    {
        Diagnostic[] found = [More, Finding("x", code: "SG301", file: "content/en/about.md"), Here];

        var forwards = Baseline.Of(found).Entries;
        var backwards = Baseline.Of(found.Reverse()).Entries;

        Assert.Equal(forwards, backwards);
        Assert.Equal("content/en/about.md", forwards[0].File);
        Assert.True(string.CompareOrdinal(forwards[1].Fingerprint, forwards[2].Fingerprint) < 0);
    }

    [Fact]
    public void Known_finding_on_another_line_is_held_back()
    {
        var outcome = Baseline.Of([Here]).Apply([Here with { Location = new SourceLocation(Post, 7, 5) }]);

        Assert.Empty(outcome.Reported);
        Assert.Equal(new BaselineSummary(1, 0), outcome.Summary);
    }

    [Fact]
    public void New_finding_is_reported()
    {
        var outcome = Baseline.Of([Here]).Apply([Here, More]);

        Assert.Equal([More], outcome.Reported);
    }

    [Fact]
    public void Same_finding_in_another_file_is_new()
    {
        var elsewhere = Here with { Location = new SourceLocation("content/en/about.md", 4, 5) };

        Assert.Equal([elsewhere], Baseline.Of([Here]).Apply([elsewhere]).Reported);
    }

    [Fact]
    public void One_more_occurrence_than_recorded_is_new()
    {
        var again = Here with { Location = new SourceLocation(Post, 20, 1) };

        var outcome = Baseline.Of([Here]).Apply([Here, again]);

        Assert.Equal([again], outcome.Reported);
        Assert.Equal(1, outcome.Summary!.Known);
    }

    [Fact]
    public void Recorded_finding_no_longer_found_is_counted_as_fixed()
    {
        var outcome = Baseline.Of([Here, More]).Apply([Here]);

        Assert.Equal(new BaselineSummary(1, 1), outcome.Summary);
    }

    [Fact]
    public void Finding_listed_twice_in_a_hand_merged_file_has_its_counts_added()
    {
        var entry = Assert.Single(Baseline.Of([Here]).Entries);
        var merged = new Baseline([entry, entry]);

        Assert.Equal(new BaselineSummary(1, 1), merged.Apply([Here]).Summary);
    }

    [Fact]
    public void Info_messages_pass_through_a_baseline()
    {
        var info = Finding("Reading ease 61.", severity: Severity.Info, code: "ER008");

        Assert.Equal([info], Baseline.Of([Here]).Apply([info]).Reported);
    }

    [Fact]
    public void Site_without_a_baseline_reports_everything_and_has_no_summary()
    {
        var outcome = Baseline.None.Apply([Here]);

        Assert.Equal([Here], outcome.Reported);
        Assert.Null(outcome.Summary);
    }

    [Fact]
    public void Summary_counts_known_and_fixed_with_thousands_grouped() =>
        Assert.Equal("1,204 known problems recorded in sitegen-baseline.json; 3 fixed since: run sitegen baseline to update.",
            new BaselineSummary(1204, 3).Sentence);

    [Fact]
    public void Summary_without_fixes_says_the_known_problems_are_not_listed() =>
        Assert.Equal("1 known problem recorded in sitegen-baseline.json (not listed).", new BaselineSummary(1, 0).Sentence);
}
