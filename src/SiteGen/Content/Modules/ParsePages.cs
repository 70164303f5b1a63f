using SiteGen.Content.FrontMatter;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Content.Modules;

/// <summary>
/// Reads each page's front matter and works out where the page goes: language, kind, slug, URL and date.
/// Drafts and scheduled (future-dated) pages are dropped unless the build asks for them; so are pages whose front
/// matter cannot be read, and events and posts without a date, once their errors are reported.
/// </summary>
public sealed class ParsePages : SyncPerDocumentModule
{
    protected override string Work => "read";

    protected override Document? Process(Document document, BuildContext context)
    {
        var file = document.Source;
        var diagnostics = context.Diagnostics;
        if (string.IsNullOrWhiteSpace(document.Content))
        {
            // One error for the whole file: a missing title and a missing date would both be true, and no help.
            diagnostics.Error(Codes.TitleMissing,
                "This file is empty. Write its front matter at the top (a line ---, title: ..., another line ---) "
                + "and the text below, or delete the file.",
                SourceLocation.StartOf(file));
            return null;
        }
        var split = SourceSplitter.Split(document.Content);
        var fm = new FrontMatter.FrontMatter();
        // When the front matter cannot be read at all, that one error says it: no "missing title" on top.
        var unreadable = split.Unclosed;
        if (split.Unclosed)
            diagnostics.Error(Codes.FrontMatterNotClosed,
                "The front matter starts with --- but never ends. Add a line with just --- after the last key.", SourceLocation.StartOf(file));
        else if (split.FrontMatter is { } yaml)
        {
            var parser = new FrontMatterParser(file, diagnostics, context.Site.Config.TimeZone);
            var parsed = parser.Parse(yaml, split.FrontMatterFirstLine);
            unreadable = parsed is null;
            fm = parsed ?? fm;
        }

        var contentRelative = file["content/".Length..];
        var place = Place.Of(contentRelative);
        var (language, folder, name, prefixDate, isEasyRead, kind) = place;
        if (fm.Draft && !context.Options.IncludeDrafts)
        {
            // Remembered with its would-be address, so a link to the draft can say why it leads nowhere.
            context.LeftOutDraft(contentRelative, place.SitePath(SlugOf(fm, name, file, null), context));
            return null;
        }

        // A title written wrongly (a list, a block) has its own error at its line.
        if (fm.Title is null && !unreadable && !fm.KeyLines.ContainsKey("title"))
            diagnostics.Error(Codes.TitleMissing, "This page has no title. Add title: ... to its front matter (between the --- lines at the top).", SourceLocation.StartOf(file));

        var date = fm.Date ?? (prefixDate is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        var scheduled = date > context.Options.Now;
        if (scheduled && !context.Options.IncludeFuture) return null;
        if (date is null && kind is PageKind.Event or PageKind.Post && !unreadable && !fm.KeyLines.ContainsKey("date"))
            diagnostics.Error(Codes.DateMissing,
                $"{(kind == PageKind.Event ? "An event write-up" : "A blog post")} needs a date. Add date: 2020-12-08 to the front matter, or start the file name with the date (2020-12-08-{name}.md).",
                SourceLocation.StartOf(file));

        // Laid out, such a page would come out without what its layout shows (its title, its date): it is left out,
        // its errors reported above, until they are fixed, and the rest of the site is built and checked.
        if (unreadable || (date is null && kind is PageKind.Event or PageKind.Post)) return null;

        var slug = SlugOf(fm, name, file, diagnostics);
        var sitePath = place.SitePath(slug, context);
        var info = new PageInfo
        {
            Language = language,
            Kind = kind,
            Slug = slug,
            SitePath = sitePath,
            TranslationKey = fm.TranslationKey ?? (folder.Length > 0 ? folder + "/" : "") + (kind == PageKind.Home ? "index" : name) + (isEasyRead ? PageInfo.EasyReadSuffix : ""),
            Date = date,
            IsEasyRead = isEasyRead,
            BodyFirstLine = split.BodyFirstLine,
            Layout = fm.Layout ?? PageInfo.DefaultLayout(kind),
            State = fm.Draft ? PublicationState.Draft : scheduled ? PublicationState.Scheduled : PublicationState.Published,
        };
        return document
            .With(ContentKeys.FrontMatter, fm with { Title = fm.Title ?? name })
            .With(ContentKeys.Page, info) with { Content = split.Body };
    }

    /// <summary>The page's slug: its front matter's, else its file name's; problems with a written slug go to
    /// <paramref name="diagnostics"/>, or nowhere for a page that is not built.</summary>
    private static string SlugOf(FrontMatter.FrontMatter fm, string name, string file, DiagnosticBag? diagnostics)
    {
        var slugText = fm.Slug;
        if (slugText is not null && (slugText.Contains('/') || slugText.Contains('\\') || slugText.Contains("..")))
        {
            // Slug.From would quietly drop the separators; the author meant a path, so say why it is not one.
            var words = Slug.From(slugText) is { Length: > 0 } w ? w : "annual-report";
            diagnostics?.Error(Codes.PathOutsideSite,
                $"The slug \"{slugText}\" is a path, but a slug is only the last part of the page's web address. "
                + $"Write the words alone, e.g. slug: {words}; to keep an old address working, use aliases.",
                new SourceLocation(file, fm.LineOf("slug"), 1));
            slugText = null;
        }
        var slug = slugText is { } s ? Slug.From(s) : Slug.From(name);
        if (slugText is not null && slug.Length == 0)
            diagnostics?.Error(Codes.InvalidValue, "The slug has no letters or digits to make a web address from.",
                new SourceLocation(file, fm.LineOf("slug"), 1));
        return slug.Length == 0 ? "page" : slug;
    }

    /// <summary>What a page's place in content/ says of it: language, section folder, name, date and kind.</summary>
    private sealed record Place(
        string Language, string Folder, string Name, DateOnly? PrefixDate, bool IsEasyRead, PageKind Kind)
    {
        public static Place Of(string contentRelative)
        {
            var language = contentRelative[..contentRelative.IndexOf('/')];
            var insideLanguage = contentRelative[(language.Length + 1)..];
            var folder = insideLanguage.Contains('/') ? insideLanguage[..insideLanguage.LastIndexOf('/')] : "";
            var stem = Path.GetFileNameWithoutExtension(insideLanguage);
            // <slug>.easy-read.md is the Easy Read version of <slug>.md, published below that page's URL.
            var isEasyRead = stem.EndsWith(PageInfo.EasyReadSuffix, StringComparison.OrdinalIgnoreCase);
            if (isEasyRead) stem = stem[..^PageInfo.EasyReadSuffix.Length];
            var (prefixDate, name) = ContentPaths.SplitDatePrefix(stem);
            var kind = (folder, stem) switch
            {
                ("", "index") => PageKind.Home,
                _ when folder == "events" || folder.StartsWith("events/", StringComparison.Ordinal) => PageKind.Event,
                _ when folder == "blog" || folder.StartsWith("blog/", StringComparison.Ordinal) => PageKind.Post,
                _ => PageKind.Page,
            };
            return new Place(language, folder, name, prefixDate, isEasyRead, kind);
        }

        /// <summary>The page's address inside the site, e.g. "cy/events/my-event/".</summary>
        public string SitePath(string slug, BuildContext context)
        {
            var prefix = new ContentPaths(context.Site.Config).LanguagePrefix(Language);
            var path = Kind == PageKind.Home ? prefix : $"{prefix}{(Folder.Length > 0 ? Folder + "/" : "")}{slug}/";
            return IsEasyRead ? path + "easy-read/" : path;
        }
    }
}
