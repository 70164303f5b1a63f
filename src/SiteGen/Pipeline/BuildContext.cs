using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Site;
using SiteGen.Templates;

namespace SiteGen.Pipeline;

/// <summary>What modules may know of the build: the site, its settings, other pipelines' documents, and where to report problems.</summary>
public sealed class BuildContext
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> outputs = new();
    private readonly Lazy<DateTimeOffset> now;

    public BuildContext() => now = new(ReadClock);

    public required SiteProject Site { get; init; }
    public required BuildOptions Options { get; init; }
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Where this build writes files: a staging folder that replaces the output only when the build succeeds.</summary>
    public required string OutputRoot { get; init; }

    /// <summary>The base URL in force: --base-url if given, else site.yml's.</summary>
    public Uri BaseUrl => Options.BaseUrl ?? Site.Config.BaseUrl;

    public UrlBuilder Urls => urls ??= new UrlBuilder(BaseUrl);
    private UrlBuilder? urls;

    public Theme Theme => theme ??= new Theme(Site.ThemePath, fingerprintAssets: !Options.Preview);
    private Theme? theme;

    /// <summary>Builds view models; one per build so per-language site models are made once.</summary>
    public ModelFactory Models => models ??= new ModelFactory(this);
    private ModelFactory? models;
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The moment this build runs, read once from the options' clock so every module agrees on it.</summary>
    public DateTimeOffset Now => now.Value;

    private DateTimeOffset ReadClock() => Options.Clock.GetUtcNow();

    /// <summary>Where modules count the pages they render, check and write, for the progress display of a long build.</summary>
    public Build.ProgressCounter Progress => LazyInitializer.EnsureInitialized(ref progress, () => new Build.ProgressCounter(Options.Progress));
    private Build.ProgressCounter? progress;

    /// <summary>Check results kept between builds of one process (the preview), so unchanged pages are not checked again; null for a one-off build.</summary>
    public Checks.PageCheckCache? CheckCache { get; init; }

    /// <summary>When each part of this build ran, recorded only when asked for (<see cref="Timings.Variable"/>); else null.</summary>
    public Timings? Timings { get; init; }

    /// <summary>What this build may take from the previous build of the same process (the preview); null for a one-off build.</summary>
    public Reuse? Reuse { get; internal set; }

    /// <summary>
    /// The pages (content-relative) this build leaves out because they are drafts, each with the address inside the
    /// site it would have, once the content is read.
    /// </summary>
    public IReadOnlyDictionary<string, string> DraftsLeftOut => draftsLeftOut;
    private readonly ConcurrentDictionary<string, string> draftsLeftOut = new(StringComparer.Ordinal);

    /// <summary>Notes a page left out of this build because it is a draft, and its would-be site path.</summary>
    public void LeftOutDraft(string contentRelative, string sitePath) => draftsLeftOut[contentRelative] = sitePath;

    /// <summary>Documents a pipeline produced in its latest completed phase.</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) =>
        outputs.TryGetValue(pipeline, out var docs) ? docs
        : throw new InvalidOperationException($"Pipeline {pipeline} has not run yet; declare it in DependsOn.");

    /// <summary>Every document of every pipeline, as of the latest completed phase.</summary>
    public IEnumerable<Document> AllOutputs => outputs.Values.SelectMany(d => d);

    internal void SetOutputs(string pipeline, ImmutableArray<Document> documents) => outputs[pipeline] = documents;
}
