using System.Collections.Immutable;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Templates;

namespace SiteGen.Publishing;

/// <summary>
/// Keeps old addresses working: each alias in front matter becomes a small page at the old address
/// that forwards to the new one (with a visible link, for GitHub Pages and any static host), and a
/// line in Netlify's <c>_redirects</c> file, which Netlify serves as a real 301. The file also sends a
/// missing address under /cy/, /ur/ ... to that language's not-found page.
/// </summary>
public sealed class GenerateRedirects(string contentPipeline) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = context.OutputsOf(contentPipeline);
        var taken = pages.Select(p => p.Get(ContentKeys.Page).Destination).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var results = ImmutableArray.CreateBuilder<Document>();
        var netlify = new StringBuilder();

        foreach (var page in pages.OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            var fm = page.Get(ContentKeys.FrontMatter);
            var info = page.Get(ContentKeys.Page);
            foreach (var alias in fm.Aliases)
            {
                var at = new SourceLocation(page.Source, fm.LineOf("aliases"), 1);
                if (SitePathOf(alias) is not { } sitePath)
                {
                    context.Diagnostics.Error(Codes.BadAlias,
                        $"The alias \"{alias}\" is not an address on this site. Write the old address from the site's root, e.g. /news/old-title/.", at);
                    continue;
                }
                var destination = sitePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? sitePath : sitePath + "index.html";
                if (!taken.Add(destination))
                {
                    context.Diagnostics.Error(Codes.BadAlias,
                        $"The alias \"{alias}\" is the address of another page (or another alias). Remove it, or choose the old address that no page uses.", at);
                    continue;
                }
                var site = context.Models.Site(info.Language, null);
                var model = new RedirectModel
                {
                    Site = site,
                    Title = site.Strings["movedTitle"],
                    TitleLanguage = site.Strings.ForeignLanguageOf("movedTitle"),
                    // Named after the page, so several old addresses do not share one title.
                    DocumentTitle = context.Models.DocumentTitle($"{site.Strings["movedTitle"]}: {fm.Title}", info.Language),
                    Url = context.Urls.Path(Escaped(sitePath)),
                    // Search engines should index the page where it is now.
                    CanonicalUrl = context.Urls.Absolute(info.SitePath),
                    Layout = "redirect",
                    TargetUrl = context.Urls.Path(info.SitePath),
                    Source = ModelFactory.SourceOf(page),
                };
                results.Add(new Document { Source = page.Source, Destination = destination }.With(TemplateKeys.Model, model));
                netlify.Append(context.Urls.Path(Escaped(sitePath))).Append(' ')
                    .Append(context.Urls.Path(Escaped(info.SitePath))).Append(" 301\n");
            }
        }
        // After the aliases: Netlify takes the first rule that matches, and a 404 rule applies only where no file does.
        var paths = new ContentPaths(context.Site.Config);
        foreach (var language in context.Site.Config.Languages.Where(l => l.Code != context.Site.Config.DefaultLanguage))
        {
            var prefix = paths.LanguagePrefix(language.Code);
            netlify.Append(context.Urls.Path(prefix)).Append("* ").Append(context.Urls.Path(prefix + "404.html")).Append(" 404\n");
        }
        if (netlify.Length > 0)
            results.Add(new Document { Source = "(redirects for Netlify)", Destination = "_redirects", Content = netlify.ToString() });
        return Task.FromResult(results.ToImmutable());
    }

    /// <summary>
    /// "/news/old/" → "news/old/", decoded ("/news/caf%C3%A9/" → "news/café/"): the forwarding page is written at
    /// the file a browser's request for the address reaches. Null for anything that is not a plain path on this site.
    /// </summary>
    private static string? SitePathOf(string alias)
    {
        var a = Uri.UnescapeDataString(alias.Trim());
        if (!a.StartsWith('/') || a.StartsWith("//", StringComparison.Ordinal) || a.Contains('\\') || a.Contains('?') || a.Contains('#')) return null;
        var segments = a.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Contains(':'))) return null;
        var path = string.Join('/', segments);
        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? path : path + "/";
    }

    // A request line holds only ASCII: browsers send "café" as "caf%C3%A9", and that is what Netlify's rules match.
    private static string Escaped(string sitePath) =>
        string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString));
}
