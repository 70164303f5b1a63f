namespace SiteGen.Pipeline;

/// <summary>
/// A named list of modules in four phases. Input and process run once the pipelines it depends on
/// have processed; post-process runs when every pipeline has processed, so it can see all documents;
/// output runs last, only for documents that post-process kept.
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
}
