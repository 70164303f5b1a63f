using SiteGen.Content;
using SiteGen.Content.FrontMatter;
using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Site;
using SiteGen.Templates;
using SiteGen.Templates.Modules;

namespace SiteGen.Build.Incremental;

/// <summary>
/// What a long-running process (the preview) keeps of its last published build, and the files that
/// changed since, to plan the next build: which pages to work out again and which to take as they
/// were. The rules, and why they are enough, are in README.md beside this file.
/// </summary>
public sealed class RebuildMemory
{
    private readonly HashSet<string> changed = new(StringComparer.Ordinal);
    private Published? last;

    /// <param name="Files">Every file of the published site by its destination, with the output folder that holds it: this build's or an earlier one's.</param>
    /// <param name="Horizon">When the clock alone will next change what this build published.</param>
    private sealed record Published(DocumentMemo Memo, IReadOnlyDictionary<string, string> Files, IReadOnlyDictionary<string, Document> Written, BuildOptions Options, DateTimeOffset Now, string ThemePath,
        ClockHorizon Horizon, Lazy<PageVersions> Versions);

    private RebuildPlan plan = RebuildPlan.Everything("no build yet");
    private Reuse? latest;

    /// <summary>How the latest build was planned, and which generating pipelines it took whole from the build before.</summary>
    public RebuildPlan LatestPlan => plan with { PipelinesReused = [.. (latest?.PipelinesTakenWhole ?? []).Order(StringComparer.Ordinal)] };

    /// <summary>
    /// Every file of the last published build by its destination ("events/x/index.html"), with the output
    /// folder that holds it. A rebuild writes only the files that changed into its own folder; every other
    /// file stays in the folder of the build that wrote it. Null before the first published build.
    /// </summary>
    public IReadOnlyDictionary<string, string>? PublishedFiles => last?.Files;

    /// <summary>The diagnostics of the latest build that ran its pipelines, published or not, in order.</summary>
    internal IReadOnlyList<Diagnostics.Diagnostic>? LatestDiagnostics { get; set; }

    private (string[] Destinations, IReadOnlyList<string> Lines)? manifest;

    /// <summary>
    /// The manifest's lines for a build that writes <paramref name="documents"/>: the previous build's while it writes the
    /// same destinations in the same order, as a rebuild that changed no file list does.
    /// </summary>
    internal IReadOnlyList<string> ManifestLines(IReadOnlyList<Document> documents)
    {
        var destinations = documents.Select(d => d.Destination!).ToArray();
        if (manifest is not { } kept || !Checks.SameExtracts.Strings(destinations, kept.Destinations))
            manifest = kept = (destinations, OutputFolder.ManifestLines(destinations));
        return kept.Lines;
    }

    /// <summary>Notes files (absolute paths) that changed since the last published build.</summary>
    public void Changed(IEnumerable<string> paths)
    {
        foreach (var path in paths) changed.Add(Path.GetFullPath(path));
    }

    /// <summary>The plan for a build about to run in <paramref name="context"/>.</summary>
    internal Reuse Plan(BuildContext context)
    {
        (latest, plan) = last is null ? (Reuse.None(), RebuildPlan.Everything("first build")) : PlanAfter(last, context);
        return latest;
    }

    /// <summary>Keeps a published build's results; the changes noted before it are now part of it.</summary>
    /// <param name="outputPath">The folder this build wrote its files and its manifest to.</param>
    internal void Remember(BuildContext context, string outputPath)
    {
        if (context.Reuse is not { } reuse) return;
        var written = new Dictionary<string, Document>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { [OutputFolder.ManifestName] = outputPath };
        foreach (var d in context.AllOutputs)
            if (d.Destination is { } destination && written.TryAdd(destination, d))
                files[destination] = reuse.Kept.GetValueOrDefault(destination) ?? outputPath;
        last = new Published(reuse.Recorded, files, written, context.Options, context.Now, context.Site.ThemePath, HorizonAfter(last, context, reuse.Recorded),
            // A rebuild that changed no front matter and no file list has the same pages with the same translation keys.
            last is not null && plan.EverythingBecause is null ? last.Versions : new(() => new PageVersions(reuse.Recorded.OutputsOf(SitePipelines.Content))));
        changed.Clear();
    }

    /// <summary>
    /// The horizon of the build in <paramref name="context"/>. A rebuild that changed no front matter, with the clock gone
    /// forward and no calendar link gone, has the same dates and the same pages with calendar links as the build before,
    /// so the same horizon; any other build asks every page.
    /// </summary>
    private ClockHorizon HorizonAfter(Published? previous, BuildContext context, DocumentMemo recorded) =>
        previous is not null && plan.EverythingBecause is null && context.Options.Now >= previous.Options.Now && context.Now >= previous.Now
            && !(previous.Horizon.CalendarsUntil < context.Now)
            ? previous.Horizon
            : ClockHorizon.Of(recorded.OutputsOf(SitePipelines.Content), recorded.OutputsOf(SitePipelines.Pages), context.Options.Now, context.Now);

    private (Reuse, RebuildPlan) PlanAfter(Published previous, BuildContext context)
    {
        var redo = new Redo();
        var read = previous.Memo.InputsOf(SitePipelines.Content).ToDictionary(d => d.Source, StringComparer.Ordinal);
        var whyEverything = Classify(previous, context, read, redo);
        var previousFolder = (Func<Document, string?>)(d => PreviousFolder(previous, d));
        if (whyEverything is not null)
            return (new Reuse(null, (_, _, _) => true, previousFolder, _ => null, (_, _) => false), RebuildPlan.Everything(whyEverything));

        // Only files the watcher reported can differ from what the previous build read.
        var changedSources = changed.Select(context.Site.Relative).ToHashSet(StringComparer.Ordinal);
        var previousRead = (Func<string, Document?>)(source => changedSources.Contains(source) ? null : read.GetValueOrDefault(source));
        var renderedAgain = previous.Memo.OutputsOf(SitePipelines.Pages)
            .Where(d => redo.AllPages || redo.Pages.Contains(d.Source) || redo.LaidOut.Contains(d.Source)).ToList();
        return (new Reuse(previous.Memo, redo.MustRedo, previousFolder, previousRead, (p, made) => StillRight(p, made, redo, renderedAgain)),
            new RebuildPlan(redo.AllPages ? null : redo.Pages.Union(redo.LaidOut).ToHashSet(StringComparer.Ordinal), redo.Content, null));
    }

    /// <summary>
    /// Whether what a pipeline generated in the previous build is still right: it reads only front matter
    /// and paths (<see cref="Pipeline.Pipeline.Reads"/>), which no edit of this plan changed, so only the
    /// layouts it laid its documents out with and the rendered pages it declares it reads can have.
    /// </summary>
    private static bool StillRight(Pipeline.Pipeline pipeline, DocumentMemo.Generated made, Redo redo, IReadOnlyList<Document> renderedAgain)
    {
        if (made.Documents.Any(d => d.Find(TemplateKeys.Model)?.Layout is { } layout && (redo.AllPages || redo.Layouts.Contains(layout))))
            return false;
        return pipeline.Reads?.AlsoRenderedPages is not { } reads || !renderedAgain.Any(reads);
    }

    /// <summary>Fills <paramref name="redo"/> with what the changes touch; returns why everything must be rebuilt instead, or null.</summary>
    /// <param name="read">Each markdown file as the previous build read it, by source.</param>
    private string? Classify(Published previous, BuildContext context, IReadOnlyDictionary<string, Document> read, Redo redo)
    {
        if (previous.Options with { OutputPath = "", Now = default } != context.Options with { OutputPath = "", Now = default })
            return "the build options changed";
        if (previous.ThemePath != context.Site.ThemePath) return "the theme changed";
        var pages = previous.Memo.OutputsOf(SitePipelines.Pages);
        // A page whose date has come since is no longer scheduled: its banner and every listing change.
        if (previous.Horizon.NextScheduled <= context.Options.Now)
            return "a scheduled page's date has come";

        var layouts = new Theme(context.Site.ThemePath).LayoutsPath + Path.DirectorySeparatorChar;
        foreach (var path in changed)
        {
            var relative = context.Site.Relative(path);
            if (read.TryGetValue(relative, out var before))
            {
                if (EditedBody(path, before.Content) is not { } bodyOnly) return $"{relative} was added, removed or had its front matter changed";
                if (!bodyOnly) continue;
                redo.Content.Add(relative);
                // Its translations show notices that depend on its text, and its Easy Read sibling links to it.
                redo.Pages.UnionWith(previous.Versions.Value.Of(relative));
            }
            else if (path.StartsWith(layouts, StringComparison.Ordinal) && path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
            {
                var layout = Path.GetRelativePath(layouts, path)[..^".cshtml".Length];
                // The shared frame and partials are part of every layout.
                if (layout.StartsWith('_') || layout.Contains(Path.DirectorySeparatorChar)) { redo.AllPages = true; continue; }
                var users = pages.Where(d => d.Find(TemplateKeys.Model)?.Layout == layout).Select(d => d.Source).ToList();
                // Only a layout some page or remembered generated document used is known to have existed before; any other may be new or gone.
                if ((users.Count == 0 && !previous.Memo.AllGenerated.Any(d => d.Find(TemplateKeys.Model)?.Layout == layout)) || !File.Exists(path))
                    return $"{relative} is not a layout of any page";
                redo.LaidOut.UnionWith(users);
                redo.Layouts.Add(layout);
            }
            else return $"{relative} is not a page or a page layout";
        }
        // An event's "add to calendar" link goes once the event is over; with the clock gone back, one may come again.
        if (context.Now < previous.Now || previous.Horizon.CalendarsUntil < context.Now)
            foreach (var page in pages)
                if (CalendarEvents.HasCalendar(page, previous.Now) != CalendarEvents.HasCalendar(page, context.Now))
                    redo.Pages.Add(page.Source);
        return null;
    }

    /// <summary>True when only the body changed, false when nothing did, null when the file is gone, unreadable or its front matter differs.</summary>
    private static bool? EditedBody(string path, string before)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (TextDecoder.FirstNulLine(bytes) is not null || TextDecoder.Decode(bytes).Text is not { } now) return null;
        if (now == before) return false;
        // Everything a page tells the rest of the site (title, date, tags, slug, translation key ...) is in its front matter.
        var (a, b) = (SourceSplitter.Split(before), SourceSplitter.Split(now));
        return a.FrontMatter == b.FrontMatter && a.BodyFirstLine == b.BodyFirstLine && a.Unclosed == b.Unclosed ? true : null;
    }

    /// <summary>The output folder that holds the previous build's file with exactly this document's bytes, or null.</summary>
    private string? PreviousFolder(Published previous, Document document)
    {
        if (document.Destination is not { } destination || !previous.Written.TryGetValue(destination, out var before)) return null;
        var same = document.CopyFrom is { } from
            ? before.CopyFrom == from && !changed.Contains(Path.GetFullPath(from))
            : before.CopyFrom is null && before.HasSameContentAs(document);
        return same ? previous.Files[destination] : null;
    }

    /// <summary>The sources to process again, per remembering pipeline.</summary>
    private sealed class Redo
    {
        public HashSet<string> Content { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Pages { get; } = new(StringComparer.Ordinal);
        /// <summary>Pages whose layout changed: only laying them out is done again, their markdown and models are as they were.</summary>
        public HashSet<string> LaidOut { get; } = new(StringComparer.Ordinal);
        /// <summary>The layouts (by name) that changed: pages and generated documents laid out with them are laid out again.</summary>
        public HashSet<string> Layouts { get; } = new(StringComparer.Ordinal);
        /// <summary>The shared frame or a partial changed: every page is laid out again.</summary>
        public bool AllPages { get; set; }

        public bool MustRedo(string pipeline, IModule module, string source) => pipeline == SitePipelines.Content
            ? Holds(Content, source)
            : Holds(Pages, source) || (module is RenderLayout && (AllPages || Holds(LaidOut, source)));

        // Asked for every page by every remembered module: after a body edit the sets hold a page or two, which a
        // few string comparisons (most fail on the length) settle sooner than hashing the source.
        private static bool Holds(HashSet<string> sources, string source)
        {
            if (sources.Count > 8) return sources.Contains(source);
            foreach (var s in sources)
                if (string.Equals(s, source, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}

/// <summary>What a rebuild works out again.</summary>
/// <param name="PagesRendered">The page sources rendered or laid out again; null for every page.</param>
/// <param name="PagesRead">The page sources read and parsed again (the rest are taken from the previous build); null for every page.</param>
/// <param name="EverythingBecause">Why nothing was reused, when nothing was.</param>
public sealed record RebuildPlan(IReadOnlySet<string>? PagesRendered, IReadOnlySet<string>? PagesRead, string? EverythingBecause)
{
    public static RebuildPlan Everything(string because) => new(null, null, because);

    /// <summary>The generating pipelines (listings, redirects ...) whose documents were taken whole from the build before.</summary>
    public IReadOnlyList<string> PipelinesReused { get; init; } = [];

    /// <summary>For the log: "2 pages rendered again", or why everything was.</summary>
    public override string ToString() => EverythingBecause is { } why ? $"everything rebuilt: {why}"
        : PagesRendered is null ? "every page laid out again, the rest reused"
        : $"{Diagnostics.Counted.Of(PagesRendered.Count, "page")} rendered again, the rest reused";
}
