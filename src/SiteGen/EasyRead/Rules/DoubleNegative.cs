using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Double negatives make readers undo two "no"s: "not unusual", "not impossible", "no one without",
/// "not ... no", "never ... not", "no fewer than". English patterns.
/// </summary>
public sealed partial class DoubleNegative : ReadabilityRule
{
    public override string Id => "ER022";
    public override string Name => "er-double-negative";
    public override Severity Severity => Severity.Warning;
    public override string Source => "W3C COGA o3p03; Federal Plain Language Guidelines";
    public override string Help => "Say it the positive way: \"usual\", not \"not unusual\"; \"at least 5\", not \"no fewer than 5\".";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        if (!page.IsEnglish) yield break;
        foreach (var sentence in page.Text.Sentences)
            if (Pattern().Match(sentence.Text) is { Success: true } m)
                yield return Report(sentence.PositionOf(m.Index), $"\"{m.Value}\" is a double negative.");
    }

    // not + a word made negative by un- (but not under, until, unit, union, unique, universal ...);
    // not + in/im/il/ir- adjectives that are negatives; then the two-part patterns within one sentence.
    [GeneratedRegex("""
        \bnot\s+un(?!der|til|it|ion|ique|iver|less)[a-z]{3,}\b
        |\bnot\s+(?:in|im|il|ir)(?:accessible|appropriate|capable|complete|convenient|correct|dependent|different|effective|expensive|formal|frequent|legal|likely|possible|practical|probable|proper|regular|relevant|responsible|significant|sufficient|visible)\b
        |\bno\s+fewer\s+than\b|\bnot\s+less\s+than\b
        |\bno\b[^.!?]*?\bwithout\b
        |\b(?:not|never|nobody|nothing)\b[^.!?]*?\bno\b
        |\b(?:\w+n't|never)\b[^.!?]*?\b(?:no|nothing|nobody|never)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
