using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>Percentages are hard to picture: "1 in 4 people", not "25%" (The Advocacy Project; W3C COGA o3p13).</summary>
public sealed partial class Percentages : ReadabilityRule
{
    public override string Id => "ER011";
    public override string Name => "er-percentages";
    public override Severity Severity => Severity.Warning;
    public override string Source => "The Advocacy Project; W3C COGA o3p13";
    public override string Help => "Say it another way, for example \"1 in 4 people\" or \"most people\".";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
            foreach (Match m in Percent().Matches(sentence.Text))
                yield return Report(sentence.PositionOf(m.Index), $"\"{m.Value.Trim()}\" is a percentage.");
    }

    [GeneratedRegex(@"\d\s*%|\bper\s?cent\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();
}
