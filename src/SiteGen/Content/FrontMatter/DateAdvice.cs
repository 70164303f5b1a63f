using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Content.FrontMatter;

/// <summary>Why a date was refused, and the accepted form nearest to what was written.</summary>
public static partial class DateAdvice
{
    private const string General =
        "write the date itself as year-month-day, e.g. 2020-12-08, or with a time, e.g. 2020-12-08 10:00.";

    /// <summary>The reason and the fix, as a sentence to follow "… is not a date SiteGen can read: ".</summary>
    public static string Of(string text)
    {
        text = text.Trim();
        if (DayMonthYear().Match(text) is { Success: true } dmy) return ForDayMonthYear(dmy) ?? General;
        if (YearMonthDay().Match(text) is { Success: true } ymd) return ForYearMonthDay(ymd) ?? General;
        return General;
    }

    /// <summary>
    /// 08/12/2020, 31.12.20: read the British way first; the American way when only that makes a date, or as the other
    /// reading.
    /// </summary>
    private static string? ForDayMonthYear(Match m)
    {
        int a = Number(m, "a"), b = Number(m, "b"), year = Number(m, "year");
        if (year < 100) year += 2000;
        var time = Time(m);
        var dayFirst = Day(year, month: b, day: a);
        var monthFirst = Day(year, month: a, day: b);
        const string Order = "dates are written year-month-day";
        return (dayFirst, monthFirst) switch
        {
            ({ } d, { } other) when d != other =>
                $"{Order}. Write {Iso(d)}{time} for {Words(d)} (read as day/month/year, the British order); "
                + $"if you meant {Words(other)}, write {Iso(other)}{time}.",
            ({ } d, _) => $"{Order}. Write {Iso(d)}{time} ({Words(d)}).",
            (null, { } d) => $"{Order}. Write {Iso(d)}{time} ({Words(d)}, read as month/day/year).",
            _ => null,
        };
    }

    /// <summary>2020/12/08, 2020-13-01, 2020-02-30, 2020-12-08 9:30pm: year first, something else wrong.</summary>
    private static string? ForYearMonthDay(Match m)
    {
        int year = Number(m, "year"), month = Number(m, "a"), day = Number(m, "b");
        var time = Time(m);
        if (Day(year, month, day) is { } d)
        {
            var written = $"{Iso(d)}{time}";
            if (TwelveHourClock().Match(m.Groups["time"].Value) is { Success: true } clock)
                return TwentyFourHour(clock, d);
            return IsoDate.TryRead(written, out _)
                ? $"write it with hyphens: {written}."
                : "the time is not one SiteGen can read: write it as hours:minutes on the 24-hour clock, "
                    + $"e.g. {Iso(d)} 09:30.";
        }
        if (month > 12 && Day(year, month: day, day: month) is { } swapped)
            return $"there is no month {month}: dates are written year-month-day. "
                + $"Write {Iso(swapped)}{time} if you meant {Words(swapped)}.";
        if (month is >= 1 and <= 12 && year >= 1)
        {
            var monthName = new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            return $"{monthName} has no day {day}. Check the day.";
        }
        return null;
    }

    /// <summary>9:30pm → 21:30.</summary>
    private static string TwentyFourHour(Match clock, DateTime day)
    {
        var hour = Number(clock, "hour") % 12 + (char.ToLowerInvariant(clock.Groups["half"].Value[0]) == 'p' ? 12 : 0);
        return $"write the time on the 24-hour clock: {Iso(day)} {hour:00}:{Number(clock, "minute"):00}.";
    }

    private static DateTime? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day)
            : null;

    // The time as written, when it is one SiteGen reads: " 10:00", "T10:00:00+01:00".
    private static string Time(Match m) =>
        m.Groups["time"].Value is { Length: > 0 } t && IsoDate.TryRead("2020-01-01" + t, out _) ? t : "";

    private static string Iso(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Words(DateTime d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static int Number(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private const string TimePart = @"(?<time>(?:[Tt]|[ \t]+).+)?";

    [GeneratedRegex(@"^[Tt \t]+(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?[ \t]*(?<half>[ap])\.?m\.?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TwelveHourClock();

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?<year>\d{4}|\d{2})" + TimePart + "$",
        RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<year>\d{4})[/.\-](?<a>\d{1,2})[/.\-](?<b>\d{1,2})" + TimePart + "$",
        RegexOptions.IgnoreCase)]
    private static partial Regex YearMonthDay();
}
