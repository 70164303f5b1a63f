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

    [Fact]
    public async Task A_one_off_build_takes_each_document_through_consecutive_per_document_modules_in_one_pass()
    {
        var firstThroughBoth = Signal();
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline
            {
                Name = "Pages",
                Input = [Make("first.html", "second.html")],
                // The second page could only get past the first module once the first page was through the second.
                Process = [new Each(async d => { if (d.Destination == "second.html") await firstThroughBoth.Task.WaitAsync(Patience); }),
                    new Each(d => { if (d.Destination == "first.html") firstThroughBoth.TrySetResult(); return Task.CompletedTask; })],
            },
        };

        await new Engine(pipelines).RunAsync(Context());

        Assert.True(firstThroughBoth.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_module_that_prepares_from_its_documents_is_handed_them_all_through_the_modules_before_it()
    {
        var prepared = new PreparesFromDocuments();
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline
            {
                Name = "Pages",
                Input = [Make(Enumerable.Range(0, 20).Select(i => $"{i}.html").ToArray())],
                Process = [new Each(_ => Task.CompletedTask), new Rename(), prepared],
            },
        };

        await new Engine(pipelines).RunAsync(Context());

        Assert.Equal(20, prepared.Seen.Count);
        Assert.All(prepared.Seen, d => Assert.StartsWith("renamed/", d));
    }

    [Fact]
    public async Task Documents_a_pass_drops_are_left_out_and_the_rest_keep_their_order()
    {
        var pipelines = new[]
        {
            new SiteGen.Pipeline.Pipeline
            {
                Name = "Pages",
                Input = [Make(Enumerable.Range(0, 20).Select(i => $"{i}.html").ToArray())],
                Process = [new Rename(), new DropOdd()],
            },
        };
        var context = Context();

        await new Engine(pipelines).RunAsync(context);

        Assert.Equal(Enumerable.Range(0, 20).Where(i => i % 2 == 0).Select(i => $"renamed/{i}.html"), context.OutputsOf("Pages").Select(d => d.Destination));
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

    private sealed class Each(Func<Document, Task> work) : PerDocumentModule
    {
        protected override async ValueTask<Document?> ProcessAsync(Document document, BuildContext context)
        {
            await work(document);
            return document;
        }
    }

    private sealed class Rename : SyncPerDocumentModule
    {
        protected override Document? Process(Document document, BuildContext context) => document with { Destination = "renamed/" + document.Destination };
    }

    private sealed class DropOdd : SyncPerDocumentModule
    {
        protected override Document? Process(Document document, BuildContext context) =>
            int.Parse(Path.GetFileNameWithoutExtension(document.Destination)!) % 2 == 0 ? document : null;
    }

    private sealed class PreparesFromDocuments : SyncPerDocumentModule
    {
        public List<string> Seen { get; } = [];

        protected override void Prepare(ImmutableArray<Document> inputs, BuildContext context) => Seen.AddRange(inputs.Select(d => d.Destination!));

        protected override Document? Process(Document document, BuildContext context) => document;
    }

    private sealed class Module(Func<ImmutableArray<Document>, BuildContext, Task<ImmutableArray<Document>>> run) : IModule
    {
        public Module(Func<ImmutableArray<Document>, Task<ImmutableArray<Document>>> run) : this((docs, _) => run(docs)) { }

        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context) => run(inputs, context);
    }
}
