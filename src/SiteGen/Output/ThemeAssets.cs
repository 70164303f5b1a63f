using System.Collections.Immutable;
using SiteGen.Pipeline;

namespace SiteGen.Output;

/// <summary>Publishes the theme's assets/ folder (stylesheets, scripts, icons) under /assets/, each name fingerprinted.</summary>
public sealed class ThemeAssets : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var copies = context.Theme.Assets.Assets.Values
            .OrderBy(a => a.PublishedPath, StringComparer.Ordinal)
            .Select(a => a.RewrittenText is { } text
                ? new Document { Source = context.Theme.DisplayPathOf(context.Site.Root, a.File), Content = text, Destination = "assets/" + a.PublishedPath }
                : new Document { Source = context.Theme.DisplayPathOf(context.Site.Root, a.File), CopyFrom = a.File, Destination = "assets/" + a.PublishedPath });
        return Task.FromResult(inputs.AddRange(copies));
    }
}
