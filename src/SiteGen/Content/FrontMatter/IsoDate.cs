using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Content.FrontMatter;

/// <summary>A date as written in front matter: the day and time on the clock, and any offset written.</summary>
/// <param name="Clock">The date and time as written (midnight for a date alone).</param>
/// <param name="Offset">The UTC offset written with the time; null when none was.</param>
/// <param name="DateOnly">True when no time was written.</param>
public readonly record struct WrittenDate(DateTime Clock, TimeSpan? Offset, bool DateOnly)
{
    /// <summary>
    /// The moment meant, reading a time without an offset in <paramref name="zone"/> (with its summer time). A date
    /// alone is midnight UTC, so the day it names is the same wherever the site is built.
    /// </summary>
    public DateTimeOffset In(TimeZoneInfo zone) =>
        DateOnly ? new DateTimeOffset(Clock, TimeSpan.Zero)
        : new DateTimeOffset(Clock, Offset ?? zone.GetUtcOffset(Clock));
}

/// <summary>
/// Reads the dates and date-times YAML 1.1 and Hugo accept: year-month-day, then optionally a time (one- or two-digit
/// hour, seconds and their fraction optional) after a space or T, and an offset (Z, +01:00, +0100, -04, with or without
/// a space before it); also "8 December 2020" and "December 8, 2020". For anything else it says why and what to write.
/// </summary>
public static partial class IsoDate
{
    /// <summary>Parses <paramref name="text"/>, reading a time without an offset in <paramref name="zone"/>.</summary>
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value, out bool dateOnly)
    {
        var read = TryRead(text, out var written);
        (value, dateOnly) = read ? (written.In(zone), written.DateOnly) : (default, false);
        return read;
    }

    /// <summary>Reads <paramref name="text"/> as written: a time without an offset is placed in a zone later.</summary>
    public static bool TryRead(string text, out WrittenDate date)
    {
        date = default;
        var m = Numeric().Match(text.Trim());
        if (!m.Success) m = Named().Match(text.Trim());
        if (!m.Success) return false;
        var month = m.Groups["month"].Success ? int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture)
            : MonthNamed(m.Groups["monthName"].Value);
        return month is { } mo && TryBuild(m, mo, out date);
    }

    private static bool TryBuild(Match m, int month, out WrittenDate date)
    {
        date = default;
        int year = Number(m, "year"), day = Number(m, "day");
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var dateOnly = !m.Groups["hour"].Success;
        int hour = Number(m, "hour"), minute = Number(m, "minute"), second = Number(m, "second");
        if (hour > 23 || minute > 59 || second > 59) return false;
        var fraction = m.Groups["fraction"].Success
            ? double.Parse("0." + m.Groups["fraction"].Value, CultureInfo.InvariantCulture)
            : 0;
        var ticks = Math.Min((long)Math.Round(fraction * TimeSpan.TicksPerSecond), TimeSpan.TicksPerSecond - 1);
        var clock = new DateTime(year, month, day, hour, minute, second).AddTicks(ticks);
        if (!TryOffset(m, out var offset)) return false;
        date = new WrittenDate(clock, offset, dateOnly);
        return true;
    }

    private static bool TryOffset(Match m, out TimeSpan? offset)
    {
        offset = null;
        if (m.Groups["utc"].Success) offset = TimeSpan.Zero;
        else if (m.Groups["sign"].Success)
        {
            int hours = Number(m, "offsetHours"), minutes = Number(m, "offsetMinutes");
            if (hours > 14 || minutes > 59) return false;
            var span = new TimeSpan(hours, minutes, 0);
            offset = m.Groups["sign"].Value == "-" ? -span : span;
        }
        return true;
    }

    private static int Number(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private static int? MonthNamed(string name)
    {
        if (name.Length < 3) return null;
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
            if (names[i].StartsWith(name.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) return i + 1;
        return null;
    }

    // The time and offset that may follow a date, as YAML 1.1 timestamps and Hugo write them.
    private const string TimeAndOffset =
        @"(?:(?:[Tt]|[ \t]+)(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d{1,9})\d*)?)?"
        + @"(?:[ \t]*(?<utc>[Zz]|UTC|GMT)|[ \t]*(?<sign>[-+])(?<offsetHours>\d{1,2})(?::?(?<offsetMinutes>\d{2}))?)?)?";

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})" + TimeAndOffset + "$")]
    private static partial Regex Numeric();

    // "8 December 2020", "Tue, 8 Dec 2020 10:00:00 +0000", "December 8, 2020": the month in words cannot be misread.
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?[ \t]+)?"
        + @"(?:(?<day>\d{1,2})[ \t]+(?<monthName>[A-Za-z]{3,9}\.?)|(?<monthName>[A-Za-z]{3,9}\.?)[ \t]+(?<day>\d{1,2}),?)"
        + @"[ \t]+(?<year>\d{4})" + TimeAndOffset + "$")]
    private static partial Regex Named();
}
