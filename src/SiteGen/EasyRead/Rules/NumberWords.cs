using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Numbers in digits, not words: "3 people", not "three people" (Voice at the Table; The Advocacy
/// Project). "One" as a pronoun ("no one", "one of", "the one") is left alone.
/// </summary>
public sealed class NumberWords : ReadabilityRule
{
    private static readonly Dictionary<string, string> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8",
        ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["thirteen"] = "13", ["fourteen"] = "14", ["fifteen"] = "15",
        ["sixteen"] = "16", ["seventeen"] = "17", ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20", ["thirty"] = "30",
        ["forty"] = "40", ["fifty"] = "50", ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90",
        ["hundred"] = "100", ["thousand"] = "1000", ["million"] = "1000000",
    };

    // "one" after these words, or before "of" / "another", is a pronoun, not a count.
    private static readonly HashSet<string> PronounBefore = new(StringComparer.OrdinalIgnoreCase) { "no", "the", "this", "that", "each", "any", "every", "which", "little", "loved" };
    private static readonly HashSet<string> PronounAfter = new(StringComparer.OrdinalIgnoreCase) { "of", "another", "day" };

    public override string Id => "ER010";
    public override string Name => "er-number-words";
    public override Severity Severity => Severity.Warning;
    public override string Source => "Tips for Easy English (Voice at the Table); The Advocacy Project";
    public override string Help => "Write numbers as digits, which are quicker to read.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
        {
            var words = sentence.Words;
            for (var i = 0; i < words.Count; i++)
            {
                if (!Numbers.TryGetValue(words[i].Text, out var digits)) continue;
                if (words[i].Text.Equals("one", StringComparison.OrdinalIgnoreCase)
                    && ((i > 0 && PronounBefore.Contains(words[i - 1].Text)) || (i + 1 < words.Count && PronounAfter.Contains(words[i + 1].Text))))
                    continue;
                yield return Report(words[i].At, $"\"{words[i].Text}\" is a number written as a word: write {digits}.");
            }
        }
    }
}
