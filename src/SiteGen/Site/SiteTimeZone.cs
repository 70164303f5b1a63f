using SiteGen.Diagnostics;

namespace SiteGen.Site;

/// <summary>The zone of times written without an offset: site.yml's timeZone, an IANA id (Europe/London).</summary>
public static class SiteTimeZone
{
    /// <summary>The zone of a site that names none.</summary>
    public const string DefaultId = "Europe/London";

    /// <summary>Europe/London, or UTC on a system that has no time zone data.</summary>
    public static TimeZoneInfo Default { get; } = Find(DefaultId) ?? TimeZoneInfo.Utc;

    /// <summary>The zone with IANA id <paramref name="id"/>, or null when the system knows none by that id.</summary>
    public static TimeZoneInfo? Find(string id)
    {
        if (string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase)) return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The id meant by a zone written wrongly ("London", "europe/londn"); null when none is near.</summary>
    public static string? Nearest(string id)
    {
        var ids = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(z => z.Contains('/')).ToList();
        var city = id.Replace(' ', '_');
        static string CityOf(string zone) => zone[(zone.LastIndexOf('/') + 1)..];
        return ids.FirstOrDefault(z => string.Equals(CityOf(z), city, StringComparison.OrdinalIgnoreCase))
            ?? Suggestion.Nearest(id, ids);
    }
}
