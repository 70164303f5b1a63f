using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>Roman numerals (II, IV, XII) are hard to read; a lone "I" is a word (W3C COGA o3p06).</summary>
public sealed partial class RomanNumerals : ReadabilityRule
{
    public override string Id => "ER012";
    public override string Name => "er-roman-numerals";
    public override Severity Severity => Severity.Warning;
    public override string Source => "W3C COGA o3p06";
    public override string Help => "Write the number in digits: 2, not II.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
            foreach (var word in sentence.Words)
                if (word.Text.Length > 1 && Roman().IsMatch(word.Text) && !page.KnownAbbreviations.Contains(word.Text))
                    yield return Report(word.At, $"\"{word.Text}\" is a Roman numeral.");
    }

    [GeneratedRegex(@"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")]
    private static partial Regex Roman();
}
