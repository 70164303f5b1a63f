namespace SiteGen.Site;

/// <summary>How this build was asked for on the command line.</summary>
public sealed record BuildOptions
{
    /// <summary>Absolute path of the output folder (the finished site).</summary>
    public required string OutputPath { get; init; }
    public bool IncludeDrafts { get; init; }
    /// <summary>Include pages whose date is after <see cref="Now"/> (scheduled pages).</summary>
    public bool IncludeFuture { get; init; }
    /// <summary>The moment that decides which pages are scheduled; fixed per build so every page agrees.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;
    /// <summary>
    /// A local preview (<c>sitegen serve</c>): drafts and scheduled pages carry a visible banner saying so.
    /// Never set for a build that is published.
    /// </summary>
    public bool Preview { get; init; }
    /// <summary>Overrides site.yml's baseUrl when set.</summary>
    public Uri? BaseUrl { get; init; }
    /// <summary>False for <c>sitegen check</c>: everything is checked, nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;
    /// <summary>Where the build reads "now" (which events are upcoming, feed and calendar timestamps); tests pass a fixed clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>
    /// The folder where a build keeps what the next build of the same site may reuse (each page's check results);
    /// null (<c>--no-cache</c>) neither reads nor writes it.
    /// </summary>
    public string? CacheFolder { get; init; }
    /// <summary>
    /// Hold back the findings recorded in the site's sitegen-baseline.json; false for <c>sitegen baseline</c>,
    /// which records every finding again.
    /// </summary>
    public bool UseBaseline { get; init; } = true;
    /// <summary>Told how many pages each stage has done of its total, from the build's worker threads; null when nobody is watching.</summary>
    public IProgress<Build.BuildProgress>? Progress { get; init; }
}
