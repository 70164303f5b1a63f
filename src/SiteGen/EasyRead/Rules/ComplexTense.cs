using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>Simple tenses only: "had been", "will have", "would have", "is being" are hard to follow (W3C COGA o3p02).</summary>
public sealed partial class ComplexTense : ReadabilityRule
{
    public override string Id => "ER020";
    public override string Name => "er-complex-tense";
    public override Severity Severity => Severity.Warning;
    public override string Source => "W3C COGA o3p02";
    public override string Help => "Use a simple tense: \"went\", \"goes\" or \"will go\".";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
            foreach (Match m in Complex().Matches(sentence.Text))
                yield return Report(sentence.PositionOf(m.Index), $"\"{m.Value}\" is a complex tense.");
    }

    [GeneratedRegex(@"\b(?:had been|will have|would have|could have|should have|might have been|(?:is|are|was|were) being)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Complex();
}
