using System.Text.RegularExpressions;
using SiteGen.Site;

namespace SiteGen.Content;

/// <summary>
/// Maps paths under content/ to site paths: the default language at the root, other languages
/// under /&lt;lang&gt;/, shared folders (images, files) as they are.
/// </summary>
public sealed partial class ContentPaths(SiteConfig config)
{
    /// <summary>The language a content-relative path belongs to, or null for a shared folder.</summary>
    public string? LanguageOf(string contentRelative)
    {
        var first = contentRelative.Split('/')[0];
        return contentRelative.Contains('/') && config.FindLanguage(first) is { } l ? l.Code : null;
    }

    /// <summary>A two- or three-letter folder directly under content/ names a language; it must be listed in site.yml.</summary>
    public static bool LooksLikeLanguageFolder(string name) => LanguageFolder().IsMatch(name);

    /// <summary>URL prefix of a language: "" for the default language, "cy/" for others.</summary>
    public string LanguagePrefix(string language) =>
        language == config.DefaultLanguage ? "" : language + "/";

    /// <summary>Output path (below the output folder) of a file copied from content/: language folders lose their name for the default language.</summary>
    public string OutputPathOfFile(string contentRelative)
    {
        var language = LanguageOf(contentRelative);
        if (language is null) return contentRelative;
        return LanguagePrefix(language) + contentRelative[(contentRelative.IndexOf('/') + 1)..];
    }

    /// <summary>Splits "2020-12-08-my-event" into its date and "my-event".</summary>
    public static (DateOnly? Date, string Name) SplitDatePrefix(string fileStem)
    {
        var m = DatePrefix().Match(fileStem);
        if (m.Success && DateOnly.TryParseExact(m.Groups[1].Value, "yyyy-MM-dd", out var date))
            return (date, fileStem[m.Length..]);
        return (null, fileStem);
    }

    [GeneratedRegex(@"^[a-z]{2,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageFolder();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatePrefix();
}
