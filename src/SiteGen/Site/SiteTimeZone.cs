using SiteGen.Diagnostics;

namespace SiteGen.Site;

/// <summary>The time zone of times written without an offset: site.yml's timeZone, an IANA id such as Europe/London.</summary>
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

    /// <summary>The id meant by a zone written wrongly: "London" or "europe/londn" → Europe/London; null when none is near.</summary>
    public static string? Nearest(string id)
    {
        var ids = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(z => z.Contains('/')).ToList();
        var city = id.Replace(' ', '_');
        return ids.FirstOrDefault(z => string.Equals(z[(z.LastIndexOf('/') + 1)..], city, StringComparison.OrdinalIgnoreCase))
            ?? Suggestion.Nearest(id, ids);
    }
}
