namespace SiteGen.Pipeline;

/// <summary>
/// A named list of modules in four phases. Input and process run once the pipelines it depends on
/// have processed; post-process runs when every pipeline has processed, so it can see all documents;
/// output runs as soon as the pipeline's own documents are final (after its post-process, if it has one),
/// beside other pipelines' work, and only for documents that post-process kept.
/// </summary>
public sealed class Pipeline
{
    public required string Name { get; init; }
    public IReadOnlyList<string> DependsOn { get; init; } = [];
    public IReadOnlyList<IModule> Input { get; init; } = [];
    public IReadOnlyList<IModule> Process { get; init; } = [];
    public IReadOnlyList<IModule> PostProcess { get; init; } = [];
    public IReadOnlyList<IModule> Output { get; init; } = [];
    /// <summary>
    /// Its per-document results are kept for the next build of the same process (<see cref="DocumentMemo"/>):
    /// only for pipelines with one document per source file, whose work on a document depends on that
    /// file and on site-wide facts the rebuild planner watches.
    /// </summary>
    public bool RemembersDocuments { get; init; }
    /// <summary>
    /// Declares that the pipeline makes its documents from the site's pages by their front matter and
    /// paths alone, so a preview rebuild takes them whole from the previous build when no such thing
    /// changed (<see cref="Reuse.PreviousOutputsOf"/>). Null for a pipeline that runs in every build.
    /// </summary>
    public FrontMatterOnly? Reads { get; init; }
}

/// <summary>
/// What a generating pipeline reads of the site's pages: front matter and paths, never a body, except
/// the rendered pages that <paramref name="AlsoRenderedPages"/> selects (a home page's intro, say).
/// </summary>
/// <param name="AlsoRenderedPages">Pages whose rendered output the pipeline reads too; null for none.</param>
public sealed record FrontMatterOnly(Func<Document, bool>? AlsoRenderedPages = null);

