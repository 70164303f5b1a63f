using System.Collections.Concurrent;
using AngleSharp.Dom;
using SiteGen.Content.Markdown;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Templates;
using Document = SiteGen.Pipeline.Document;

namespace SiteGen.Checks;

/// <summary>An element the theme wrote, as the source mapper looks it up in a layout's files: by id, class and tag.</summary>
public readonly record struct ThemeSpot(string Layout, string? Id, string? Class, string? Name);

/// <summary>
/// Finds where an element of a built page came from: the markdown line for content (via the
/// <c>data-md-pos</c> marks), or the theme layout for everything the theme wrote.
/// </summary>
public sealed class SourceMapper(BuildContext context)
{
    private readonly Dictionary<string, string[]> layoutLines = new();
    private readonly ConcurrentDictionary<string, (string Display, List<string> Files)> layoutFiles = new(StringComparer.Ordinal);
    // Every page locates its <html>, <title>, hreflang links and switcher links, which are the same theme
    // elements on every page of a layout; each is looked up in the files once a build.
    private readonly ConcurrentDictionary<ThemeSpot, SourceLocation> themePlaces = new();
    private readonly Lock gate = new();

    /// <param name="themeSpots">Where to note each theme element located and where it was found, so a location kept
    /// from an earlier build can be told still right (<see cref="Locate(ThemeSpot)"/>) after a layout edit.</param>
    public SourceLocation Locate(IElement? element, Document page, IDictionary<ThemeSpot, SourceLocation>? themeSpots = null)
    {
        if (MarkdownRenderer.SourceOf(element, page.Source) is { } written) return written;
        var spot = new ThemeSpot(page.Find(TemplateKeys.Model)?.Layout ?? "_Layout", element?.Id, element?.GetAttribute("class"), element?.LocalName);
        var at = Locate(spot);
        if (themeSpots is not null) themeSpots[spot] = at;
        return at;
    }

    /// <summary>The layout file (or the partial) that holds the element's opening tag, found by its id or class.</summary>
    public SourceLocation Locate(ThemeSpot spot) => themePlaces.GetOrAdd(spot, s => Search(s.Layout, Needles(s)));

    private SourceLocation Search(string layout, IEnumerable<string> needles)
    {
        var (fallback, files) = layoutFiles.GetOrAdd(layout, FilesOf);
        // The most specific needle wins across all files before a vaguer one is tried.
        foreach (var needle in needles)
            foreach (var file in files)
            {
                var lines = Lines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var col = lines[i].IndexOf(needle, StringComparison.Ordinal);
                    if (col >= 0) return new SourceLocation(context.Theme.DisplayPathOf(context.Site.Root, file), i + 1, col + 1);
                }
            }
        return SourceLocation.StartOf(fallback);
    }

    // The files a layout's elements may come from, looked up once a build rather than once an element:
    // the layout, the base layout and the partials; and the layout's own path, for an element none of them shows.
    private (string Display, List<string> Files) FilesOf(string layout)
    {
        var layoutsPath = context.Theme.LayoutsPath;
        var candidates = new[] { Path.Combine(layoutsPath, layout + ".cshtml"), Path.Combine(layoutsPath, "_Layout.cshtml") }
            .Concat(Directory.Exists(Path.Combine(layoutsPath, "partials")) ? Directory.EnumerateFiles(Path.Combine(layoutsPath, "partials"), "*.cshtml") : []);
        return (context.Theme.DisplayPathOf(context.Site.Root, candidates.First()), candidates.Where(File.Exists).ToList());
    }

    private static IEnumerable<string> Needles(ThemeSpot spot)
    {
        if (spot.Name is not { } name) yield break;
        if (spot.Id is { Length: > 0 } id) yield return $"id=\"{id}\"";
        if (spot.Class is { Length: > 0 } cls) yield return $"<{name} class=\"{cls}\"";
        yield return $"<{name} ";
        yield return $"<{name}>";
    }

    private string[] Lines(string file)
    {
        lock (gate)
        {
            if (!layoutLines.TryGetValue(file, out var lines))
                layoutLines[file] = lines = File.ReadAllLines(file);
            return lines;
        }
    }
}
