using System.Collections.Immutable;
using SiteGen.Pipeline;

namespace SiteGen.Templates.Modules;

/// <summary>
/// Sets the theme's layouts compiling in the background as the build starts, so Roslyn's seconds
/// overlap the reading and parsing of content rather than wait for the first page's layout.
/// Passes its documents on unchanged.
/// </summary>
public sealed class StartCompilingLayouts : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        _ = ThemeRenderer.For(context.Theme, watchLayouts: context.Options.Preview).StartCompilingAll();
        return Task.FromResult(inputs);
    }
}
