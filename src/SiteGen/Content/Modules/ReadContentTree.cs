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
    /// <summary>
    /// The largest page read. A long write-up is well under 1 MB; a bigger file is almost always a
    /// mistake (a pasted export or data), and would hold the build for minutes rendering and checking it.
    /// </summary>
    public const long MaxPageBytes = 10 * 1024 * 1024;

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var site = context.Site;
        var paths = new ContentPaths(site.Config);
        // Documents in the order they are found; a page still to read holds its place as null until it is read.
        var results = new List<Document?>();
        var toRead = new List<(int At, string File, string Relative)>();
        // A rebuild that is not "everything" has the very files the previous build listed (an added, removed or
        // renamed file rebuilds everything), so their listing is kept; its problems are reported again.
        var listing = context.Reuse?.Unchanging($"content.tree.{(pages ? "pages" : "files")}", () => ListingOf(context)) ?? ListingOf(context);
        foreach (var problem in listing.Problems) context.Diagnostics.Add(problem);

        foreach (var (file, relative, inLanguageFolder, atRoot) in listing.Files)
        {
            var isPage = inLanguageFolder && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            // Data files in language folders (glossaries, string tables) feed the build; they are not published.
            var isData = inLanguageFolder && file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
            if (pages && isPage)
            {
                var previous = context.Reuse?.PreviousRead(relative);
                if (previous is null) toRead.Add((results.Count, file, relative));
                results.Add(previous);
            }
            else if (!pages && !isPage && !isData)
                results.Add(new Document
                {
                    Source = relative,
                    CopyFrom = file,
                    Destination = atRoot ? Path.GetFileName(file) : paths.OutputPathOfFile(relative["content/".Length..]),
                });
        }

        // Reading and decoding every page one after the other kept the start of a build to one core.
        await PerDocumentModule.ForEachAsync(toRead.Count, context, j =>
        {
            var (at, file, relative) = toRead[j];
            results[at] = ReadPage(file, relative, context);
            return ValueTask.CompletedTask;
        });
        return [.. results.OfType<Document>()];
    }

    /// <summary>A file of content/, with its path relative to the site, whether it is in a language folder, and whether it is in content/ itself.</summary>
    private sealed record ListedFile(string File, string Relative, bool InLanguageFolder, bool AtRoot = false);

    /// <summary>The files of content/ in the order they are read, and the problems their names and folders show.</summary>
    private sealed record Listing(IReadOnlyList<ListedFile> Files, IReadOnlyList<Diagnostic> Problems);

    private Listing ListingOf(BuildContext context)
    {
        var site = context.Site;
        var files = new List<ListedFile>();
        var problems = new List<Diagnostic>();
        if (!Directory.Exists(site.ContentPath)) return new Listing(files, problems);
        foreach (var folder in Directory.EnumerateDirectories(site.ContentPath).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var isLanguage = site.Config.FindLanguage(name) is not null;
            if (!isLanguage && ContentPaths.LooksLikeLanguageFolder(name))
            {
                // Reported once, by the pages reader, so the error is not doubled.
                if (pages)
                    problems.Add(new Diagnostic(Severity.Error, Codes.UnknownLanguageFolder,
                        $"The folder content/{name} looks like a language folder, but \"{name}\" is not in site.yml's languages. Add {{ code: {name}, name: ... }} to languages, or rename the folder if it holds shared files.",
                        SourceLocation.StartOf("content/site.yml")));
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = site.Relative(file);
                if (pages && NotPortable(relative) is { } warning) problems.Add(warning);
                files.Add(new ListedFile(file, relative, isLanguage));
            }
        }
        if (!pages)
            foreach (var file in Directory.EnumerateFiles(site.ContentPath).Order(StringComparer.Ordinal))
                if (Path.GetFileName(file) != "site.yml")
                    files.Add(new ListedFile(file, site.Relative(file), false, AtRoot: true));
        return new Listing(files, problems);
    }

    /// <summary>The page, or null when it cannot be read as text (reported; the rest of the site goes on).</summary>
    private static Document? ReadPage(string file, string relative, BuildContext context)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxPageBytes)
            {
                context.Diagnostics.Error(Codes.FileTooLarge,
                    $"This page is {length / (1024.0 * 1024):0.0} MB; SiteGen reads pages up to {MaxPageBytes / (1024 * 1024)} MB. Split it into several pages, or publish the material as a file to download (put it in content/files/ and link to it).",
                    SourceLocation.StartOf(relative));
                return null;
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(Codes.FileUnreadable, $"The file could not be read: {e.Message} Check that it exists and that you may open it.", SourceLocation.StartOf(relative));
            return null;
        }
        if (TextDecoder.FirstNulLine(bytes) is { } nulLine)
        {
            context.Diagnostics.Error(Codes.BinaryFile, TextDecoder.LooksLikeUtf16WithoutBom(bytes)
                    ? "This file is UTF-16 text without a byte order mark, which SiteGen cannot tell from binary data. Save it as UTF-8 in your editor."
                    : "This file holds binary data (a picture, a Word document ...), not text. Save the page as plain text (UTF-8) with a .md name, or move the file out of the language folder if it is meant to be downloaded.",
                new SourceLocation(relative, nulLine, 1));
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

    /// <summary>A warning about a name that Windows, and so some authors' checkouts and hosts, cannot hold.</summary>
    private static Diagnostic? NotPortable(string relative) =>
        FileNames.NotPortableReason(relative["content/".Length..]) is { } reason
            ? new Diagnostic(Severity.Warning, Codes.FileNameNotPortable,
                $"The name of this file or its folder {reason}, so it cannot be saved on Windows and some web hosts. Rename it using letters, digits, hyphens and dots.",
                SourceLocation.StartOf(relative))
            : null;
}
