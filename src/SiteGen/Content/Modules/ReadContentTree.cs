using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Content.Modules;

/// <summary>
/// Reads content/: markdown files in language folders become page documents; every other file
/// becomes a document to copy. A language-like folder that site.yml does not list is an error.
/// </summary>
public sealed class ReadContentTree(bool pages) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var site = context.Site;
        var paths = new ContentPaths(site.Config);
        var results = ImmutableArray.CreateBuilder<Document>();
        if (!Directory.Exists(site.ContentPath)) return Task.FromResult(results.ToImmutable());

        foreach (var folder in Directory.EnumerateDirectories(site.ContentPath).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var isLanguage = site.Config.FindLanguage(name) is not null;
            if (!isLanguage && ContentPaths.LooksLikeLanguageFolder(name))
            {
                // Reported once, by the pages reader, so the error is not doubled.
                if (pages)
                    context.Diagnostics.Error(Codes.UnknownLanguageFolder,
                        $"The folder content/{name} looks like a language folder, but \"{name}\" is not in site.yml's languages. Add {{ code: {name}, name: ... }} to languages, or rename the folder if it holds shared files.",
                        SourceLocation.StartOf("content/site.yml"));
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = site.Relative(file);
                var isPage = isLanguage && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
                // Data files in language folders (glossaries, string tables) feed the build; they are not published.
                var isData = isLanguage && file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
                if (pages && isPage)
                {
                    if (ReadPage(file, relative, context) is { } page) results.Add(page);
                }
                else if (!pages && !isPage && !isData)
                    results.Add(new Document
                    {
                        Source = relative,
                        CopyFrom = file,
                        Destination = paths.OutputPathOfFile(relative["content/".Length..]),
                    });
            }
        }
        if (!pages)
            foreach (var file in Directory.EnumerateFiles(site.ContentPath).Order(StringComparer.Ordinal))
                if (Path.GetFileName(file) != "site.yml")
                    results.Add(new Document { Source = site.Relative(file), CopyFrom = file, Destination = Path.GetFileName(file) });

        return Task.FromResult(results.ToImmutable());
    }

    /// <summary>The page, or null when it cannot be read as text (reported; the rest of the site goes on).</summary>
    private static Document? ReadPage(string file, string relative, BuildContext context)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException e)
        {
            context.Diagnostics.Error(Codes.FileUnreadable, $"The file could not be read: {e.Message}", SourceLocation.StartOf(relative));
            return null;
        }
        var (text, badLine) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            context.Diagnostics.Error(Codes.NotUtf8,
                "This file is not UTF-8 text: the line has bytes that are not valid characters. Save the file as UTF-8 in your editor (in Word, use \"Plain text\" with \"Unicode (UTF-8)\").",
                new SourceLocation(relative, badLine, 1));
            return null;
        }
        return new Document { Source = relative, Content = text };
    }
}
