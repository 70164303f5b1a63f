using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Content.Modules;

/// <summary>Two pages with the same URL would overwrite each other: the second is an error and is dropped.</summary>
public sealed class CheckDuplicateUrls : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var seen = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        var kept = ImmutableArray.CreateBuilder<Document>();
        foreach (var doc in inputs.OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            var path = doc.Get(ContentKeys.Page).SitePath;
            if (seen.TryGetValue(path, out var first))
            {
                var fm = doc.Get(ContentKeys.FrontMatter);
                var line = fm.KeyLines.ContainsKey("slug") ? fm.LineOf("slug") : 1;
                context.Diagnostics.Error(Codes.DuplicateUrl,
                    $"This page would be published at /{path}, the same address as {first.Source}. Give one of them a different file name or slug.",
                    new SourceLocation(doc.Source, line, 1));
                continue;
            }
            seen[path] = doc;
            kept.Add(doc);
        }
        return Task.FromResult(kept.ToImmutable());
    }
}
