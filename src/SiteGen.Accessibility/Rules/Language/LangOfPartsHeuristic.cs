namespace SiteGen.Accessibility.Rules;

/// <summary>A sentence that reads as Welsh, Somali or English inside a page or passage marked as another of them has its own lang.</summary>
/// <remarks>A stop-word count on sentences of 8 or more words: a guess, so a warning. Words shared between the
/// languages ("a", "i", "in", "am") are left out of the lists so English with Welsh names does not trip it.</remarks>
public sealed class LangOfPartsHeuristic : Rule
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
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "If the sentence is in another language, wrap it in an element with that language, for example <span lang=\"cy\">…</span>.";

    // Judged in this order; on a tie the first language wins.
    private static readonly string[] Languages = [.. StopWords.Keys];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] StopWordLookups =
        [.. Languages.Select(l => StopWords[l].GetAlternateLookup<ReadOnlySpan<char>>())];

    public override IEnumerable<Finding> Check(PageContext page)
    {
        AngleSharp.Dom.IElement? last = null;
        foreach (var (parent, text) in page.TextRuns)
        {
            if (parent == last) continue;
            var declared = Array.IndexOf(Languages, LanguageTag.Primary(DeclaredLanguage(parent)));
            if (declared < 0) continue; // only judge between languages we have lists for
            foreach (var range in Sentences(text))
            {
                if (Judge(text.AsSpan(range), declared) is not { } other) continue;
                last = parent;
                yield return Report(page, parent, $"The sentence \"{Dom.Quote(text[range], 50)}\" looks like {Names(Languages[other])} but is marked as {Names(Languages[declared])}.");
                break;
            }
        }
    }

    // The language a sentence reads as, when it is not the declared one; null when it is too short to judge or fits.
    /// <remarks>The words are looked up in the declared language's list first: a sentence too short to judge, or that
    /// fits its language (a tenth of its words its stop words), is passed without the other lists, and most are. Only a
    /// sentence that does not fit is read again for them.</remarks>
    private static int? Judge(ReadOnlySpan<char> sentence, int declared)
    {
        int words = 0, own = 0;
        foreach (var word in Words.Of(sentence))
        {
            words++;
            if (StopWordLookups[declared].Contains(word)) own++;
        }
        if (words < MinWords || (double)own / words >= 0.1) return null;
        Span<int> hits = stackalloc int[Languages.Length];
        foreach (var word in Words.Of(sentence))
            for (var l = 0; l < Languages.Length; l++)
                if (l != declared && StopWordLookups[l].Contains(word)) hits[l]++;
        int? other = null;
        var best = double.MinValue;
        for (var l = 0; l < Languages.Length; l++)
        {
            var ratio = (double)hits[l] / words;
            if (l != declared && ratio > best) (other, best) = (l, ratio);
        }
        return best >= 0.3 ? other : null;
    }

    // The nearest lang attribute on the element or an ancestor, or "".
    private static string DeclaredLanguage(AngleSharp.Dom.IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.GetAttribute("lang") is { } lang) return lang;
        return "";
    }

    // Sentences end at ., ! or ? followed by white space; the white space belongs to neither sentence.
    private static IEnumerable<Range> Sentences(string text)
    {
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i - 1] is not ('.' or '!' or '?')) continue;
            yield return start..i;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            start = i;
        }
        yield return start..text.Length;
    }

    private static string Names(string lang) => lang switch { "en" => "English", "cy" => "Welsh", "so" => "Somali", _ => lang };
}
