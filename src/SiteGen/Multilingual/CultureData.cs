using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Site;

namespace SiteGen.Multilingual;

/// <summary>
/// ml-culture-data: dates and numbers are written with ICU's culture data. Without it (.NET in invariant
/// globalisation mode, or libicu missing) every language is formatted as English, so the build stops.
/// </summary>
public static class CultureData
{
    /// <summary>The culture .NET formats a language with, or null when it has no data for it.</summary>
    public static CultureInfo? Lookup(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Reports each configured language whose culture data is missing; <paramref name="lookup"/> is <see cref="Lookup"/> outside tests.</summary>
    public static void Check(SiteConfig config, DiagnosticBag diagnostics, Func<string, CultureInfo?>? lookup = null)
    {
        lookup ??= Lookup;
        var january = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(1);
        foreach (var language in config.Languages.Where(l => !l.Code.StartsWith("en", StringComparison.OrdinalIgnoreCase)))
        {
            var culture = lookup(language.Code);
            // Invariant mode hands out cultures that all carry the invariant (English) names.
            if (culture is not null && culture.DateTimeFormat.GetMonthName(1) != january) continue;
            diagnostics.Error(Codes.CultureDataMissing,
                culture is null
                    ? $"This computer's .NET has no culture data for \"{language.Code}\" ({language.Name}), so its dates would be written in English. Check the code, or install ICU's full data (libicu)."
                    : $"Dates in {language.Name} ({language.Code}) would be written in English: .NET is running without ICU culture data. Install libicu (apt-get install libicu-dev) and do not set InvariantGlobalization or DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.",
                SourceLocation.StartOf(SiteConfigLoader.FileName));
        }
    }
}
