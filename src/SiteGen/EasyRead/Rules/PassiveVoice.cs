using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Active voice ("Clinks wrote this report", not "This report was written by Clinks"): a form of
/// "be" or "get", perhaps an adverb in -ly, then a past participle (a word in -ed, or an irregular
/// one). A heuristic: adjectives such as "tired" look the same, so it only warns.
/// </summary>
public sealed class PassiveVoice : ReadabilityRule
{
    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting", "isn't", "aren't", "wasn't", "weren't",
    };

    private static readonly HashSet<string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "done", "made", "given", "taken", "seen", "known", "shown", "told", "held", "run", "written", "sent", "paid", "built", "brought",
        "bought", "caught", "chosen", "found", "heard", "kept", "led", "left", "lost", "meant", "met", "put", "said", "set", "sold",
        "spent", "taught", "thought", "understood", "won", "hurt", "hit", "beaten", "broken", "drawn", "driven", "eaten", "forgotten",
        "hidden", "spoken", "stolen", "thrown", "woken", "worn", "born", "begun", "sung", "shut", "cut",
    };

    // Words in -ed that are adjectives after "be" far more often than passives.
    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "tired", "interested", "worried", "scared", "bored", "excited", "pleased", "married", "concerned", "involved", "supposed",
        "based", "used", "prepared", "surprised", "shocked", "confused", "upset", "need", "red", "bed", "shed", "speed", "seed", "feed", "indeed",
    };

    public override string Id => "ER009";
    public override string Name => "er-passive-voice";
    public override Severity Severity => Severity.Warning;
    public override string Source => "GOV.UK; W3C COGA o3p02; PIF Easy Read Matters; Federal Plain Language Guidelines";
    public override string Help => "Say who does what: \"Clinks wrote the report\", not \"The report was written\".";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
        {
            var words = sentence.Words;
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (!Be.Contains(words[i].Text)) continue;
                var next = i + 1;
                if (words[next].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && next + 1 < words.Count) next++;
                var candidate = words[next].Text;
                if (IsParticiple(candidate))
                {
                    yield return Report(words[i].At, $"\"{words[i].Text} {string.Join(' ', words.Skip(i + 1).Take(next - i).Select(w => w.Text))}\" may be passive.");
                    break;
                }
            }
        }
    }

    private static bool IsParticiple(string word) =>
        !Adjectives.Contains(word)
        && (Irregular.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && word.All(char.IsLetter)));
}
