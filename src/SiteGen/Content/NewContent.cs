using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Site;

namespace SiteGen.Content;

/// <summary>What <c>sitegen new</c> can create.</summary>
public enum NewKind { Event, Post, Page }

/// <summary>
/// Starts a new markdown file in the right folder, named from the title (with the date prefix for events
/// and posts), with every front matter key of that kind written out and explained in comments.
/// Never overwrites a file.
/// </summary>
public static class NewContent
{
    /// <summary>The path written (relative to the site root), or null with the reason in <paramref name="diagnostics"/>.</summary>
    public static string? Create(string siteRoot, SiteConfig config, NewKind kind, string title, string? language, DateOnly today, DiagnosticBag diagnostics)
    {
        var lang = language ?? config.DefaultLanguage;
        if (config.FindLanguage(lang) is not { } found)
        {
            diagnostics.Error(Codes.SiteConfigInvalid, $"\"{lang}\" is not one of the site's languages ({string.Join(", ", config.Languages.Select(l => l.Code))}). Add it to languages in site.yml first.");
            return null;
        }
        var slug = Slug.From(title);
        if (slug.Length == 0)
        {
            diagnostics.Error(Codes.InvalidValue, "The title has no letters or digits to make a file name from.");
            return null;
        }
        var (folder, name) = kind switch
        {
            NewKind.Event => ("events/", $"{today:yyyy-MM-dd}-{slug}.md"),
            NewKind.Post => ("blog/", $"{today:yyyy-MM-dd}-{slug}.md"),
            _ => ("", $"{slug}.md"),
        };
        var relative = $"content/{found.Code}/{folder}{name}";
        var path = Path.Combine(siteRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew fails if the file exists, even if another program creates it a moment before us.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(Template(kind, title, today));
        }
        catch (IOException) when (File.Exists(path))
        {
            diagnostics.Error(Codes.FileExists, $"{relative} already exists and was left as it is. Choose another title, or edit that file.");
            return null;
        }
        return relative;
    }

    private static string Template(NewKind kind, string title, DateOnly today)
    {
        var quoted = "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append($"title: {quoted}\n");
        if (kind != NewKind.Page) sb.Append($"date: {today:yyyy-MM-dd}\n");
        sb.Append("""
            # summary: One or two sentences, shown in listings and search results.
            # tags: [first tag, second tag]
            # draft: true                       # keeps the page out of the site until it is ready
            # slug: shorter-address             # the end of the web address, if not the file name
            # translationKey: events/my-event   # links translations whose file names differ
            # aliases: [/old/address/]          # old web addresses that should forward here
            # image: { src: /images/photo.jpg, alt: "What the picture shows" }

            """.Replace("\r", ""));
        if (kind == NewKind.Event)
            sb.Append($"""
                event:
                  start: {today:yyyy-MM-dd}T10:00:00+00:00
                  # end: {today:yyyy-MM-dd}T12:00:00+00:00
                  # location: Online
                  # online: true
                  # registration: https://example.org/book
                  # access: [Live captions, Step-free access]
                  # speakers:
                  #   - {"{"} name: Full Name, role: Their role, organisation: Their organisation {"}"}

                """.Replace("\r", ""));
        sb.Append("---\n\n");
        sb.Append(kind switch
        {
            NewKind.Event => "Write what happened at the event. Start headings with ## (the title is the page's only top-level heading).\n",
            NewKind.Post => "Write the post. Start headings with ## (the title is the page's only top-level heading).\n",
            _ => "Write the page. Start headings with ## (the title is the page's only top-level heading).\n",
        });
        return sb.ToString();
    }
}
