using System.Collections.Concurrent;
using SiteGen.Build;

namespace SiteGen.Tests.Build;

/// <summary>A build tells its caller how many pages it has rendered, checked and written, of how many.</summary>
public sealed class BuildProgressTests
{
    private sealed class Recorder : IProgress<BuildProgress>
    {
        public ConcurrentQueue<BuildProgress> Reports { get; } = new();
        public void Report(BuildProgress value) => Reports.Enqueue(value);
        public (int Done, int Total) Last(BuildStage stage) =>
            Reports.Where(r => r.Stage == stage).Aggregate((0, 0), (m, r) => (Math.Max(m.Item1, r.Done), Math.Max(m.Item2, r.Total)));
    }

    [Fact]
    public async Task A_build_reports_every_page_checked_and_every_file_written()
    {
        using var site = new TempSite();
        var recorder = new Recorder();
        var result = await site.BuildAsync(o => o with { Progress = recorder });
        Assert.Equal(0, result.Errors);
        Assert.Equal((result.PagesWritten, result.PagesWritten), recorder.Last(BuildStage.Checking));
        Assert.Equal((result.FilesWritten, result.FilesWritten), recorder.Last(BuildStage.Writing));
        var (rendered, toRender) = recorder.Last(BuildStage.Rendering);
        Assert.True(rendered == toRender && rendered > 0, $"rendered {rendered} of {toRender}");
    }

    [Fact]
    public async Task A_check_writes_nothing_and_reports_no_writing()
    {
        using var site = new TempSite();
        var recorder = new Recorder();
        await site.BuildAsync(o => o with { Progress = recorder, WriteOutput = false });
        Assert.DoesNotContain(recorder.Reports, r => r.Stage == BuildStage.Writing);
        Assert.Contains(recorder.Reports, r => r.Stage == BuildStage.Checking);
    }

    [Fact]
    public void The_counter_adds_up_work_done_on_many_threads()
    {
        var recorder = new Recorder();
        var counter = new ProgressCounter(recorder);
        counter.Expect(BuildStage.Checking, 600);
        counter.Expect(BuildStage.Checking, 400);
        Parallel.For(0, 1000, _ => counter.Advance(BuildStage.Checking));
        Assert.Equal((1000, 1000), recorder.Last(BuildStage.Checking));
    }
}
