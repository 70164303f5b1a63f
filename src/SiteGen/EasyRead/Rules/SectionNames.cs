namespace SiteGen.EasyRead.Rules;

/// <summary>
/// How Easy Read documents name their usual sections in each language the sample site uses, so the
/// structure rules can find them by heading. A language missing here is not checked for them.
/// </summary>
public static class SectionNames
{
    /// <summary>Headings that open a document: "About this report", "Introduction".</summary>
    public static readonly IReadOnlyDictionary<string, string[]> About = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = ["about this", "about the", "introduction"],
        ["cy"] = ["am y ddogfen", "am yr adroddiad", "am y", "am yr", "cyflwyniad"],
        ["ur"] = ["کے بارے میں", "تعارف"],
    };

    /// <summary>Headings that close a document with how to get in touch or find out more.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Contact = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = ["contact", "get in touch", "find out more", "more information", "tell us what you think"],
        ["cy"] = ["cysylltu", "cysylltwch", "rhagor o wybodaeth", "mwy o wybodaeth", "dysgu mwy", "darganfod mwy"],
        ["ur"] = ["رابطہ", "مزید معلومات", "مزید جانیں"],
    };

    /// <summary>The phrases for <paramref name="language"/> (or its base language, cy for cy-GB), or none.</summary>
    public static string[] For(IReadOnlyDictionary<string, string[]> names, string language) =>
        names.TryGetValue(language, out var found) || names.TryGetValue(language.Split('-')[0], out found) ? found : [];

    /// <summary>True when the heading starts with, or for Urdu contains, one of the phrases.</summary>
    public static bool Names(string heading, string[] phrases) =>
        phrases.Any(p => heading.StartsWith(p, StringComparison.OrdinalIgnoreCase) || (IsArabicScript(p) && heading.Contains(p, StringComparison.Ordinal)));

    private static bool IsArabicScript(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');
}
