using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Pipeline;

namespace SiteGen.Build.Incremental;

/// <summary>
/// The markdown pages of a build by translation key, to find every version of an edited page (its translations and its
/// Easy Read sibling, whose keys differ by the suffix) without going through every page.
/// </summary>
internal sealed class PageVersions
{
    private readonly Dictionary<string, string> keyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> sourcesOf = new(StringComparer.Ordinal);

    public PageVersions(ImmutableArray<Document> content)
    {
        foreach (var document in content)
        {
            var key = document.Get(ContentKeys.Page).TranslationKey;
            keyOf.TryAdd(document.Source, key);
            if (!sourcesOf.TryGetValue(key, out var sources)) sourcesOf[key] = sources = [];
            sources.Add(document.Source);
        }
    }

    /// <summary>The page and every other version of it.</summary>
    public IEnumerable<string> Of(string source)
    {
        if (!keyOf.TryGetValue(source, out var key)) return [source];
        var full = key.EndsWith(PageInfo.EasyReadSuffix, StringComparison.Ordinal) ? key[..^PageInfo.EasyReadSuffix.Length] : key;
        return sourcesOf.GetValueOrDefault(full, []).Concat(sourcesOf.GetValueOrDefault(full + PageInfo.EasyReadSuffix, [])).Append(source);
    }
}
