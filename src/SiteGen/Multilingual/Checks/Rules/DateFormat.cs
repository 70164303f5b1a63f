using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using Severity = SiteGen.Diagnostics.Severity;
using SiteGen.Templates;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-date-format: a date shown on a page is a &lt;time&gt; with a machine-readable datetime, and its text is
/// written out in the page's language ("8 Rhagfyr 2020"), never numbers only (08/12/2020) and never English
/// month names on a page in another language.
/// </summary>
public sealed partial class DateFormat : LanguageRule
{
    private static readonly string[] EnglishMonths = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();

    public override string Code => Codes.DateFormat;
    public override string Name => "ml-date-format";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<LanguageFinding> CheckPage(ParsedPage parsed, LanguageSettings site)
    {
        var (page, html) = parsed;
        var language = LanguageTag.Primary(html.Document.DocumentElement.GetAttribute("lang") ?? page.Language ?? "");
        var ownMonths = language is "" or "en" ? EnglishMonths
            : DateFormatter.CultureFor(language).DateTimeFormat.MonthGenitiveNames.Concat(DateFormatter.CultureFor(language).DateTimeFormat.MonthNames).ToArray();
        foreach (var time in html.QuerySelectorAll("time"))
        {
            var text = Dom.Collapse(time.TextContent);
            var datetime = time.GetAttribute("datetime") ?? "";
            if (!IsoDate().IsMatch(datetime))
                yield return new LanguageFinding($"<time> \"{text}\" needs a datetime attribute in ISO form (datetime=\"2020-12-08\"), so software can read the date.", page, time);
            if (NumericDate().IsMatch(text))
                yield return new LanguageFinding($"The date \"{text}\" is written in numbers only, which readers in different countries read differently. Write the month as a word.", page, time);
            var timeLanguage = LanguageTag.Primary(time.Closest("[lang]")?.GetAttribute("lang") ?? language);
            if (timeLanguage is not ("" or "en") && EnglishMonths.FirstOrDefault(m => Regex.IsMatch(text, $@"\b{m}\b") && !ownMonths.Contains(m, StringComparer.OrdinalIgnoreCase)) is { } english)
                yield return new LanguageFinding($"The date \"{text}\" has the English month name \"{english}\" on a page in {timeLanguage}: the build has no {timeLanguage} calendar data. See SG617.", page, time);
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")]
    private static partial Regex NumericDate();
}
