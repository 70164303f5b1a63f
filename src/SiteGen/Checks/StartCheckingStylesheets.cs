using System.Collections.Immutable;
using SiteGen.Pipeline;

namespace SiteGen.Checks;

/// <summary>
/// Sets the theme's stylesheets checking in the background as the build starts (<see cref="StylesheetFindings"/>),
/// so the check overlaps the reading and rendering of pages instead of adding to the end of the build.
/// Passes its documents on unchanged.
/// </summary>
public sealed class StartCheckingStylesheets : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        StylesheetFindings.Start(context);
        return Task.FromResult(inputs);
    }
}
