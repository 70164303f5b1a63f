using SiteGen.Diagnostics;
using SiteGen.Site;
using SiteGen.Templates;

namespace SiteGen.Server.LiveReload;

/// <summary>
/// The error overlay's fixed text in each of the site's languages, read from the theme's interface
/// strings when a build fails, so live.js can speak the language of the page being viewed.
/// </summary>
public sealed class OverlayText(string siteRoot)
{
    /// <summary>The interface strings the overlay uses; overlayProblems has a form per plural category.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["overlayTitle", "overlayProblems", "overlayIntro", "overlayLine", "overlayLineColumn", "overlayClose"];

    private const string DefaultTheme = "default";
    private static readonly TextLanguage English = new("en", "ltr");

    /// <summary>
    /// Read afresh for each failed build: the failure may be a broken site.yml, and the theme may just
    /// have changed. A theme copied before the overlay was translated lacks its keys; the default theme
    /// shipped with SiteGen supplies them, so the overlay is never without words.
    /// </summary>
    public OverlayTextData Read()
    {
        // The site's own problems are the build's to report, not the overlay's.
        var ignored = new DiagnosticBag();
        var config = SiteConfigLoader.Load(siteRoot, ignored);
        var languages = config?.Languages.Select(l => new TextLanguage(l.Code, l.Direction)).ToList() ?? [English];
        var fallback = config?.FindLanguage(config.DefaultLanguage) is { } d ? new TextLanguage(d.Code, d.Direction) : languages[0];
        var themes = new[] { Theme.Locate(siteRoot, config?.Theme ?? DefaultTheme), Theme.Shipped(DefaultTheme) }
            .OfType<string>().Distinct().Select(path => new Theme(path, fingerprintAssets: false)).ToList();
        return new OverlayTextData(fallback.Code, languages.ToDictionary(
            l => l.Code,
            l => Language(l, themes.Select(t => t.Strings(l, fallback, t.DisplayPath(siteRoot), ignored)).ToList()),
            StringComparer.OrdinalIgnoreCase));
    }

    private static OverlayLanguage Language(TextLanguage language, IReadOnlyList<UiStrings> tables)
    {
        var strings = new Dictionary<string, OverlayString>(StringComparer.Ordinal);
        foreach (var key in Keys)
        {
            // The page's own language from any theme first; only then the default language's text.
            if (tables.FirstOrDefault(t => t.Has(key)) is { } own)
                strings[key] = Entry(own.Own[key], null);
            else if (tables.FirstOrDefault(t => t.IsFallback(key)) is { } other)
                strings[key] = Entry(other.Fallback[key], other.FallbackLanguage);
        }
        return new OverlayLanguage(language.Direction, strings);
    }

    private static OverlayString Entry(UiString value, TextLanguage? foreign) =>
        new(value.IsPlural ? null : value.Text, value.Forms, foreign?.Code, foreign?.Direction);
}

/// <summary>The overlay's text for every language of the site, and the language to use for a page in none of them.</summary>
public sealed record OverlayTextData(string Default, IReadOnlyDictionary<string, OverlayLanguage> Languages);

/// <summary>One language's overlay text and writing direction.</summary>
public sealed record OverlayLanguage(string Dir, IReadOnlyDictionary<string, OverlayString> Strings);

/// <summary>One string: its text, or its form per plural category; Lang and Dir only when it is another language's text.</summary>
public sealed record OverlayString(string? Text, IReadOnlyDictionary<string, string>? Forms, string? Lang, string? Dir);
