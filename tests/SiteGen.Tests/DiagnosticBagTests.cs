using SiteGen.Diagnostics;

namespace SiteGen.Tests;

public class DiagnosticBagTests
{
    [Fact]
    public async Task Capture_returns_what_the_work_reported_and_the_bag_keeps_it()
    {
        var bag = new DiagnosticBag();
        bag.Warning("SG1", "before");
        var (result, added) = await DiagnosticBag.CaptureAsync(() =>
        {
            bag.Error("SG2", "during");
            return ValueTask.FromResult(42);
        });
        bag.Warning("SG3", "after");

        Assert.Equal(42, result);
        Assert.Equal(["SG2"], added.Select(d => d.Code));
        Assert.Equal(["SG1", "SG2", "SG3"], bag.Sorted().Select(d => d.Code));
    }

    [Fact]
    public void Sorted_orders_by_file_then_line_then_column()
    {
        var bag = new DiagnosticBag();
        bag.Error("SG1", "m", new SourceLocation("content/en/b.md", 1, 1));
        bag.Error("SG1", "m", new SourceLocation("content/en/a.md", 10, 1));
        bag.Error("SG1", "m", new SourceLocation("content/en/a.md", 2, 7));
        bag.Error("SG1", "m", new SourceLocation("content/en/a.md", 2, 3));

        var order = bag.Sorted().Select(d => d.Location!.Value).Select(l => $"{l.File}({l.Line},{l.Column})");

        Assert.Equal(["content/en/a.md(2,3)", "content/en/a.md(2,7)", "content/en/a.md(10,1)", "content/en/b.md(1,1)"], order);
    }

    [Fact]
    public void Sorted_puts_diagnostics_without_a_file_first()
    {
        var bag = new DiagnosticBag();
        bag.Error("SG402", "m", new SourceLocation("content/en/a.md", 1, 1));
        bag.Error("SG001", "m");

        Assert.Null(bag.Sorted()[0].Location);
    }

    [Fact]
    public void Sorted_orders_diagnostics_at_one_place_by_code_then_message()
    {
        var at = new SourceLocation("content/en/a.md", 4, 1);
        var bag = new DiagnosticBag();
        bag.Error("SG402", "b", at);
        bag.Error("SG205", "z", at);
        bag.Error("SG402", "a", at);

        Assert.Equal(["SG205 z", "SG402 a", "SG402 b"], bag.Sorted().Select(d => $"{d.Code} {d.Message}"));
    }

    [Fact]
    public void Identical_diagnostics_are_reported_once()
    {
        var bag = new DiagnosticBag();
        bag.Error("SG402", "Broken link", new SourceLocation("content/en/a.md", 4, 1));
        bag.Error("SG402", "Broken link", new SourceLocation("content/en/a.md", 4, 1));

        Assert.Single(bag.Sorted());
    }

    [Fact]
    public void HasErrors_is_false_with_only_warnings()
    {
        var bag = new DiagnosticBag();
        bag.Warning("SG204", "m");

        Assert.False(bag.HasErrors);
        Assert.Equal(1, bag.Count(Severity.Warning));
        Assert.Equal(0, bag.Count(Severity.Error));
    }

    [Fact]
    public void HasErrors_is_true_after_an_error()
    {
        var bag = new DiagnosticBag();
        bag.Warning("SG204", "m");
        bag.Error("SG201", "m");

        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Sorted_from_an_earlier_list_is_what_a_full_sort_gives()
    {
        var earlier = new DiagnosticBag();
        var kept = Enumerable.Range(1, 12).Select(i => new Diagnostic(Severity.Info, "SG901", $"Page {i}", new SourceLocation($"content/en/p{i:D2}.md", 1, 1))).ToList();
        var gone = new Diagnostic(Severity.Error, "SG402", "Broken link", new SourceLocation("content/en/p03.md", 4, 1));
        foreach (var d in kept.Append(gone)) earlier.Add(d);
        var before = earlier.Sorted();

        var now = new DiagnosticBag();
        foreach (var d in kept) now.Add(d);
        // New: a finding between kept ones, a copy of a kept one, and one that differs from a kept one in its severity only.
        now.Add(new Diagnostic(Severity.Warning, "SG205", "Vague link", new SourceLocation("content/en/p05.md", 2, 1)));
        now.Add(kept[6] with { });
        now.Add(kept[8] with { Severity = Severity.Warning });

        var merged = now.Sorted(before);

        Assert.Equal(now.Sorted(), merged);
        Assert.Equal(14, merged.Count);
        Assert.DoesNotContain(gone, merged);
    }

    [Fact]
    public void Diagnostics_alike_but_for_their_severity_are_ordered_by_it()
    {
        var at = new SourceLocation("content/en/a.md", 4, 1);
        var bag = new DiagnosticBag();
        bag.Error("SG402", "m", at);
        bag.Warning("SG402", "m", at);

        Assert.Equal([Severity.Warning, Severity.Error], bag.Sorted().Select(d => d.Severity));
    }
}
