using System.Collections.Immutable;
using SiteGen.Pipeline;

namespace SiteGen.Output;

/// <summary>Copies the theme's assets/ folder (stylesheets, icons) to /assets/ in the output.</summary>
public sealed class ThemeAssets : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var root = context.Theme.AssetsPath;
        if (!Directory.Exists(root)) return Task.FromResult(inputs);
        var copies = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new Document
            {
                Source = context.Theme.DisplayPathOf(context.Site.Root, f),
                CopyFrom = f,
                Destination = "assets/" + Path.GetRelativePath(root, f).Replace('\\', '/'),
            });
        return Task.FromResult(inputs.AddRange(copies));
    }
}
