using System.Text.RegularExpressions;

namespace SiteGen.Accessibility;

/// <summary>BCP 47 well-formedness, without CultureInfo (which differs under invariant globalisation).</summary>
public static partial class LanguageTag
{
    /// <summary>True when the tag is a well-formed BCP 47 language tag, e.g. en, en-GB, cy, ur-PK, zh-Hant-TW.</summary>
    /// <remarks>The primary subtag must be 2-3 letters: RFC 5646 allows 5-8 but none are registered,
    /// and rejecting them catches the common mistake lang="english".</remarks>
    public static bool IsWellFormed(string? tag) => !string.IsNullOrEmpty(tag) && Pattern().IsMatch(tag);

    /// <summary>The primary language subtag, lower-cased: "en" for "en-GB".</summary>
    public static string Primary(string tag)
    {
        var dash = tag.IndexOf('-');
        return (dash < 0 ? tag : tag[..dash]).Trim().ToLowerInvariant();
    }

    /// <summary>The region subtag, upper-cased: "GB" for "en-GB", "US" for "en-Latn-US"; empty when there is none.</summary>
    public static string Region(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return "";
        foreach (var part in tag.Split('-').Skip(1))
        {
            if (part.Length == 1) break; // extensions and private use follow
            if (part.Length == 2 && char.IsAsciiLetter(part[0]) && char.IsAsciiLetter(part[1])) return part.ToUpperInvariant();
        }
        return "";
    }

    [GeneratedRegex(
        @"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+|i-[a-z]{2,8})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
