using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>
/// Where a page writes out its acronyms, anywhere in its main content and in any case: in brackets after the
/// words ("Department for Education (DfE)") or after the acronym ("DfE (Department for Education)"), also when
/// the words are link text; as words in capitals whose initials spell it ("the Federal Emergency Management
/// Agency"); or in the title of an element that shows it (<c>&lt;abbr title&gt;</c>, <c>&lt;a title&gt;</c>).
/// </summary>
internal sealed partial class AbbreviationExpansions
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "the", "for", "in", "on", "to", "a", "an", "&", "at", "by", "with", "y", "a'r", "yr", "ac",
    };

    // Words of an expansion in brackets go back at most this far; leaving out up to two of them lets
    // "National Institute for Health and Care Excellence (NICE)" spell NICE.
    private const int MostWords = 12;
    private const int MostWordsLeftOut = 2;

    private readonly string text;
    private readonly List<(int Start, int End)> words = [];
    private readonly HashSet<string> titled = new(StringComparer.OrdinalIgnoreCase);

    public AbbreviationExpansions(PageContext page, IElement main)
    {
        text = page.TextOf(main);
        foreach (Match m in Word().Matches(text)) words.Add((m.Index, m.Index + m.Length));
        foreach (var e in page.DescendantsOf(main))
            if (e.HasAttribute("title") && !string.IsNullOrWhiteSpace(e.GetAttribute("title")))
                titled.Add(Dom.Collapse(e.TextContent));
    }

    /// <summary>True when the page explains the acronym somewhere.</summary>
    public bool Explain(string token)
    {
        var single = CapitalWords.Singular(token);
        if (titled.Contains(token) || titled.Contains(single)) return true;
        var letters = new string(single.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());
        if (letters.Length < 2) return false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = WordAt(i);
            if (!w.Equals(token, StringComparison.OrdinalIgnoreCase) && !w.Equals(single, StringComparison.OrdinalIgnoreCase)) continue;
            if (BracketedAfterWords(i, letters) || BracketedAfterAcronym(i, letters)) return true;
        }
        return WrittenOut(letters);
    }

    // "Department for Education (DfE)": the words just before the bracket spell the acronym. An acronym alone in
    // brackets after a name that starts with its first letter is the writer defining it, even when the initials
    // do not spell it ("the Kentucky Emergency Management office (KYEM)").
    private bool BracketedAfterWords(int at, string letters)
    {
        if (at == 0 || !Gap(at).TrimEnd().EndsWith('(')) return false;
        var alone = at + 1 == words.Count ? text[words[at].End..].TrimStart().StartsWith(')') : Gap(at + 1).TrimStart().StartsWith(')');
        for (var start = at - 1; start >= Math.Max(0, at - MostWords); start--)
        {
            if (Spells(start, at, letters, 0, MostWordsLeftOut, capitals: false)) return true;
            if (alone && at - start >= 2 && text[words[start].Start] == letters[0]) return true;
            if (start > 0 && BreaksPhrase(Gap(start))) break;
        }
        return false;
    }

    // "DfE (Department for Education)": the first words in the bracket spell it.
    private bool BracketedAfterAcronym(int at, string letters)
    {
        if (at + 1 >= words.Count || Gap(at + 1).Trim() != "(") return false;
        var end = at + 1;
        while (end < words.Count && end - at <= MostWords && (end == at + 1 || !Gap(end).Contains(')'))) end++;
        for (var stop = end; stop > at + 1; stop--)
            if (Spells(at + 1, stop, letters, 0, MostWordsLeftOut, capitals: false)) return true;
        return false;
    }

    // "the Federal Emergency Management Agency" anywhere: capitalised words, one phrase, whose initials spell it.
    private bool WrittenOut(string letters)
    {
        for (var start = 0; start < words.Count; start++)
        {
            if (text[words[start].Start] != letters[0]) continue;
            for (var stop = start + 2; stop <= Math.Min(words.Count, start + letters.Length * 2); stop++)
            {
                if (BreaksPhrase(Gap(stop - 1)) || !IsNameWord(WordAt(stop - 1))) break;
                if (Spells(start, stop, letters, 0, 0, capitals: true)) return true;
            }
        }
        return false;
    }

    // True when words [from, to) spell letters[next..]: each word gives its initial or, if it is a small word
    // (or one of the few leftOut allows), nothing; the first and the last word always give theirs.
    private bool Spells(int from, int to, string letters, int next, int leftOut, bool capitals)
    {
        if (from == to) return next == letters.Length;
        var word = WordAt(from);
        var small = SmallWords.Contains(word);
        var last = from == to - 1;
        if (next < letters.Length && char.ToUpperInvariant(word[0]) == letters[next]
            && (!capitals || small || char.IsUpper(word[0])) && Spells(from + 1, to, letters, next + 1, leftOut, capitals))
            return true;
        if (next == 0 || last) return false;
        return small ? Spells(from + 1, to, letters, next, leftOut, capitals)
            : leftOut > 0 && Spells(from + 1, to, letters, next, leftOut - 1, capitals);
    }

    private static bool IsNameWord(string word) => char.IsUpper(word[0]) || SmallWords.Contains(word);

    private string WordAt(int i) => text[words[i].Start..words[i].End];

    // The text between word i - 1 and word i.
    private string Gap(int i) => i == 0 ? text[..words[0].Start] : text[words[i - 1].End..words[i].Start];

    // Words of one name are joined by spaces, hyphens and commas; anything else ends the phrase.
    private static bool BreaksPhrase(string gap) => gap.Any(c => !char.IsWhiteSpace(c) && c is not (',' or '-' or '–'));

    [GeneratedRegex(@"[\p{L}\p{N}&][\p{L}\p{N}&'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
