using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>Dates written only in numbers (03/04/2025) mean different days in different countries (W3C COGA o3p06).</summary>
public sealed partial class NumericDates : ReadabilityRule
{
    public override string Id => "ER013";
    public override string Name => "er-numeric-dates";
    public override Severity Severity => Severity.Warning;
    public override string Source => "W3C COGA o3p06";
    public override string Help => "Write the month as a word: 3 April 2025.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
            foreach (Match m in NumericDate().Matches(sentence.Text))
                yield return Report(sentence.PositionOf(m.Index), $"\"{m.Value}\" is a date written in numbers.");
    }

    [GeneratedRegex(@"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")]
    private static partial Regex NumericDate();
}
