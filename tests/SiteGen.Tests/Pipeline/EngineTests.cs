using System.Collections.Immutable;
using SiteGen.Pipeline;
using SiteGen.Site;

namespace SiteGen.Tests.Pipeline;

/// <summary>When the engine runs each phase of each pipeline, told apart by modules that wait for each other rather than by time.</summary>
public sealed class EngineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_pipeline_writes_while_another_pipeline_is_still_post_processing()
    {
        var written = Signal();
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline { Name = "Pages", Input = [Make("page.html")], Output = [Do(() => written.TrySetResult())] },
            // The checks could only end after the pages were written if both ran at the same time.
            new SiteGen.Pipeline.Pipeline { Name = "Checks", DependsOn = ["Pages"], PostProcess = [Do(() => written.Task.WaitAsync(Patience))] },
        };

        await new Engine(pipelines).RunAsync(Context());

        Assert.True(written.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Pipelines_write_side_by_side()
    {
        var first = Signal();
        var second = Signal();
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline { Name = "A", Input = [Make("a.html")], Output = [Do(async () => { first.SetResult(); await second.Task.WaitAsync(Patience); })] },
            new SiteGen.Pipeline.Pipeline { Name = "B", Input = [Make("b.html")], Output = [Do(async () => { second.SetResult(); await first.Task.WaitAsync(Patience); })] },
        };

        await new Engine(pipelines).RunAsync(Context());

        Assert.True(first.Task.IsCompletedSuccessfully && second.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_pipeline_with_a_post_process_writes_only_what_its_post_process_kept()
    {
        var seen = new List<string>();
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline
            {
                Name = "Pages",
                Input = [Make("a.html", "b.html")],
                PostProcess = [new Module(docs => Task.FromResult(docs.Where(d => d.Destination == "b.html").ToImmutableArray()))],
                Output = [new Module(docs => { seen.AddRange(docs.Select(d => d.Destination!)); return Task.FromResult(docs); })],
            },
        };

        await new Engine(pipelines).RunAsync(Context());

        Assert.Equal(["b.html"], seen);
    }

    [Fact]
    public async Task Post_process_starts_only_when_every_pipeline_has_processed()
    {
        var slowProcessed = false;
        var sawSlowProcessed = false;
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline { Name = "Checks", PostProcess = [Do(() => sawSlowProcessed = slowProcessed)] },
            new SiteGen.Pipeline.Pipeline { Name = "Slow", Input = [Make("slow.html")], Process = [Do(async () => { await Task.Delay(50); slowProcessed = true; })] },
        };

        await new Engine(pipelines).RunAsync(Context());

        Assert.True(sawSlowProcessed);
    }

    [Fact]
    public async Task Post_process_sees_the_processed_documents_however_output_changes_them()
    {
        var seenByChecks = new List<string>();
        var written = Signal();
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline
            {
                Name = "Pages",
                Input = [Make("page.html")],
                Output = [new Module(async docs => { written.SetResult(); await Task.Yield(); return [.. docs.Select(d => d with { Destination = "renamed.html" })]; })],
            },
            new SiteGen.Pipeline.Pipeline
            {
                Name = "Checks",
                DependsOn = ["Pages"],
                PostProcess = [new Module(async (docs, context) => { await written.Task.WaitAsync(Patience); await Task.Delay(20); seenByChecks.AddRange(context.OutputsOf("Pages").Select(d => d.Destination!)); return docs; })],
            },
        };
        var context = Context();

        await new Engine(pipelines).RunAsync(context);

        Assert.Equal(["page.html"], seenByChecks);
        Assert.Equal(["renamed.html"], context.OutputsOf("Pages").Select(d => d.Destination));
    }

    [Fact]
    public async Task A_failing_post_process_fails_the_build_and_still_lets_other_pipelines_finish_writing()
    {
        var written = Signal();
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline { Name = "Pages", Input = [Make("page.html")], Output = [Do(async () => { await Task.Delay(20); written.SetResult(); })] },
            new SiteGen.Pipeline.Pipeline { Name = "Checks", DependsOn = ["Pages"], PostProcess = [Do(() => throw new InvalidOperationException("broken rule"))] },
        };

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => new Engine(pipelines).RunAsync(Context()));

        Assert.Equal("broken rule", thrown.Message);
        // The engine returns only when nothing is still writing into the staging folder it is about to discard.
        Assert.True(written.Task.IsCompletedSuccessfully);
    }

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static Module Make(params string[] destinations) =>
        new(_ => Task.FromResult(destinations.Select(d => new Document { Source = d, Destination = d, Content = "" }).ToImmutableArray()));

    private static Module Do(Action action) => Do(() => { action(); return Task.CompletedTask; });

    private static Module Do(Func<Task> action) => new(async docs => { await action(); return docs; });

    private static BuildContext Context() => new()
    {
        Site = new SiteProject
        {
            Root = "/site",
            ThemePath = "/site/themes/default",
            Config = new SiteConfig { Title = "Test", BaseUrl = new Uri("https://example.org/"), DefaultLanguage = "en", Languages = [new LanguageConfig("en", "English")] },
        },
        Options = new BuildOptions { OutputPath = "/site/_site" },
        OutputRoot = "/site/_site.staging",
    };

    private sealed class Module(Func<ImmutableArray<Document>, BuildContext, Task<ImmutableArray<Document>>> run) : IModule
    {
        public Module(Func<ImmutableArray<Document>, Task<ImmutableArray<Document>>> run) : this((docs, _) => run(docs)) { }

        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context) => run(inputs, context);
    }
}
