using System.Text.RegularExpressions;

namespace SiteGen.Accessibility;

/// <summary>BCP 47 well-formedness, without CultureInfo (which differs under invariant globalisation).</summary>
public static partial class LanguageTag
{
    /// <summary>True when the tag is a well-formed BCP 47 language tag, e.g. en, en-GB, cy, ur-PK, zh-Hant-TW.</summary>
    /// <remarks>The primary subtag must be 2-3 letters: RFC 5646 allows 5-8 but none are registered,
    /// and rejecting them catches the common mistake lang="english".</remarks>
    public static bool IsWellFormed(string? tag) => !string.IsNullOrEmpty(tag) && Pattern().IsMatch(tag);

    /// <summary>True when the tag's primary language is one a browser and screen reader can know.</summary>
    /// <remarks>A two-letter primary subtag must be an ISO 639-1 code; a three-letter one must not be the ISO 639-2
    /// form of a language that has a two-letter code (BCP 47 registers only the shorter: "en", not "eng");
    /// grandfathered "i-" tags such as i-lux are deprecated in favour of their registered codes.</remarks>
    public static bool HasKnownPrimary(string tag)
    {
        var primary = Primary(tag);
        return primary.Length switch
        {
            2 => TwoLetter.Contains(primary),
            3 => !LongFormsOfTwoLetter.Contains(primary),
            _ => primary == "x",
        };
    }

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

    // ISO 639-1, with the deprecated codes still in the registry (in, iw, ji, jw, mo, sh).
    private static readonly HashSet<string> TwoLetter = new(StringComparer.Ordinal)
    {
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm",
        "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee",
        "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu",
        "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "in", "io",
        "is", "it", "iu", "iw", "ja", "ji", "jv", "jw", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr",
        "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk",
        "ml", "mn", "mo", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny",
        "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc",
        "sd", "se", "sg", "sh", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta",
        "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve",
        "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
    };

    // ISO 639-2 codes (terminology and bibliographic) of common languages that BCP 47 writes with two letters.
    private static readonly HashSet<string> LongFormsOfTwoLetter = new(StringComparer.Ordinal)
    {
        "ara", "ben", "bul", "cat", "ces", "cze", "chi", "zho", "cym", "wel", "dan", "deu", "ger", "ell", "gre", "eng",
        "est", "eus", "baq", "fas", "per", "fin", "fra", "fre", "gla", "gle", "glg", "guj", "heb", "hin", "hrv", "hun",
        "hye", "arm", "ind", "isl", "ice", "ita", "jpn", "kat", "geo", "kor", "lav", "lit", "ltz", "mal", "mar", "mkd",
        "mac", "msa", "may", "mlt", "nld", "dut", "nor", "nob", "nno", "pan", "pol", "por", "pus", "ron", "rum", "rus",
        "slk", "slo", "slv", "som", "spa", "sqi", "alb", "srp", "swa", "swe", "tam", "tel", "tha", "tur", "ukr", "urd",
        "vie", "yid", "zul", "amh", "aze", "bel", "bos", "kaz", "khm", "kur", "lao", "mon", "nep", "sin", "tgl", "uzb",
    };

    [GeneratedRegex(
        @"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+|i-[a-z]{2,8})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
