using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>A sentence that reads as Welsh, Somali or English inside a page or passage marked as another of them has its own lang.</summary>
/// <remarks>A stop-word count on sentences of 8 or more words: a guess, so a warning. Words shared between the
/// languages ("a", "i", "in", "am") are left out of the lists so English with Welsh names does not trip it.</remarks>
public sealed partial class LangOfPartsHeuristic : Rule
{
    /// <summary>Shorter sentences are too short to judge.</summary>
    public const int MinWords = 8;

    private static readonly Dictionary<string, HashSet<string>> StopWords = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.OrdinalIgnoreCase) { "the", "and", "of", "to", "is", "for", "with", "that", "this", "was", "are", "we", "you", "it", "on", "be", "have", "they", "our", "were", "from", "will", "what", "who" },
        ["cy"] = new(StringComparer.OrdinalIgnoreCase) { "yr", "y", "a'r", "mae", "yn", "ac", "gyda", "ein", "eich", "chi", "ydy", "hefyd", "i'r", "o'r", "wedi", "bod", "ni", "ar", "fel", "sy'n", "hyn", "hwn", "ond", "neu", "eu", "ei", "roedd", "oedd", "fod", "dros", "gan", "mewn", "ydym", "rydym" },
        ["so"] = new(StringComparer.OrdinalIgnoreCase) { "iyo", "waa", "ku", "ka", "la", "oo", "ee", "uu", "ayaa", "si", "ah", "waxaa", "aan", "ay", "ayuu", "ayay", "loo", "ugu", "kale", "wax", "hadii", "sida", "kuwa" },
    };

    public override string Id => "A11Y054";
    public override string Name => "lang-of-parts-heuristic";
    public override string Wcag => "3.1.2";
    public override Severity Severity => Severity.Warning;
    public override string Help => "If the sentence is in another language, wrap it in an element with that language, for example <span lang=\"cy\">…</span>.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        AngleSharp.Dom.IElement? last = null;
        foreach (var (parent, text) in Scripts.TextRuns(page.Document))
        {
            if (parent == last) continue;
            var declared = LanguageTag.Primary(parent.Closest("[lang]")?.GetAttribute("lang") ?? "");
            if (!StopWords.ContainsKey(declared)) continue; // only judge between languages we have lists for
            foreach (var sentence in Sentence().Split(text))
            {
                var words = Word().Matches(sentence).Select(m => m.Value).ToList();
                if (words.Count < MinWords) continue;
                var own = Ratio(words, declared);
                var (other, ratio) = StopWords.Keys.Where(k => k != declared).Select(k => (k, Ratio(words, k))).MaxBy(x => x.Item2);
                if (ratio >= 0.3 && own < 0.1)
                {
                    last = parent;
                    yield return Report(page, parent, $"The sentence \"{Dom.Quote(sentence, 50)}\" looks like {Names(other)} but is marked as {Names(declared)}.");
                    break;
                }
            }
        }
    }

    private static double Ratio(List<string> words, string lang) => (double)words.Count(StopWords[lang].Contains) / words.Count;

    private static string Names(string lang) => lang switch { "en" => "English", "cy" => "Welsh", "so" => "Somali", _ => lang };

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"[\p{L}'’]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
