using System.Collections.Concurrent;
using System.Globalization;

namespace SiteGen.Templates;

/// <summary>Formats dates for readers in the page's language, with .NET's ICU culture data.</summary>
public sealed class DateFormatter(string language, UiStrings strings)
{
    // English pages use British conventions (8 December 2020, 24-hour times): the sites are UK charities'.
    private readonly CultureInfo culture = CultureFor(language);

    // Looked up once per process: a failed look-up costs an exception, and a preview asks again on every rebuild.
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new(StringComparer.Ordinal);

    public static CultureInfo CultureFor(string language) => Cultures.GetOrAdd(language, Find);

    private static CultureInfo Find(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-GB");
        }
    }

    /// <summary>"8 December 2020".</summary>
    public string Date(DateTimeOffset date) => date.ToString("d MMMM yyyy", culture);

    /// <summary>"Tuesday 8 December 2020, 10:00 to 12:00", in the event's own time zone.</summary>
    public string EventWhen(DateTimeOffset start, DateTimeOffset? end, bool allDay)
    {
        var day = start.ToString("dddd d MMMM yyyy", culture);
        if (allDay) return end is { } e && e.Date != start.Date ? $"{day}{strings["dateRangeTo"]}{e.ToString("dddd d MMMM yyyy", culture)}" : day;
        var from = start.ToString("HH:mm", culture);
        if (end is not { } finish) return $"{day}, {from}";
        return finish.Date == start.Date
            ? $"{day}, {from}{strings["dateRangeTo"]}{finish.ToString("HH:mm", culture)}"
            : $"{day}, {from}{strings["dateRangeTo"]}{finish.ToString("dddd d MMMM yyyy, HH:mm", culture)}";
    }
}
