using System.Collections.Immutable;

namespace SiteGen.Pipeline;

/// <summary>Takes another pipeline's processed documents as this pipeline's input.</summary>
public sealed class FromPipeline(string pipeline) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context) =>
        Task.FromResult(inputs.AddRange(context.OutputsOf(pipeline)));
}
