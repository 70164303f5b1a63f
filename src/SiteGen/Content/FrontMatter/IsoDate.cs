using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Content.FrontMatter;

/// <summary>Reads ISO 8601 dates, and suggests the ISO form for dates written the British or American way.</summary>
public static partial class IsoDate
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    /// <summary>Parses <paramref name="text"/>; <paramref name="dateOnly"/> tells whether it had no time part.</summary>
    public static bool TryParse(string text, out DateTimeOffset value, out bool dateOnly)
    {
        text = text.Trim();
        dateOnly = false;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            value = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            dateOnly = true;
            return true;
        }
        // A time without an offset is taken as UTC so builds do not depend on the machine's time zone.
        return DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }

    /// <summary>"31/12/2020: write 2020-12-31", or a general hint when the intended date cannot be guessed.</summary>
    public static string Advice(string text)
    {
        var m = DayMonthYear().Match(text.Trim());
        if (m.Success)
        {
            int a = int.Parse(m.Groups[1].Value), b = int.Parse(m.Groups[2].Value), y = int.Parse(m.Groups[3].Value);
            if (y < 100) y += 2000;
            // UK authors write day first; only a first number over 12 can't be a day-first month, and vice versa.
            var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month))
                return $"Write it as year-month-day: {y:0000}-{month:00}-{day:00}.";
        }
        return "Write dates as year-month-day, e.g. 2020-12-08, or with a time, e.g. 2020-12-08T10:00:00+00:00.";
    }

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")]
    private static partial Regex DayMonthYear();
}
