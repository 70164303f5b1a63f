using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace SiteGen.EasyRead.Readability;

/// <summary>
/// Counts the syllables of an English word the way the Flesch formulas expect, by rule rather than
/// from a dictionary:
/// <list type="number">
/// <item>each run of vowels (a e i o u, and y after the first letter) is one syllable;</item>
/// <item>a silent final e does not count (made, there), unless the word ends in a consonant + "le" (people, able);</item>
/// <item>a silent e before -ly, -ful, -less, -ness, -ment does not count (lovely, careful, involvement);</item>
/// <item>-ed does not count except after t or d (talked 1, wanted 2); -es does not count except after
///   c, g, s, x, z, ch or sh (makes 1, changes 2); both count after a consonant + l (disabled 3, tables 2);</item>
/// <item>i or e before another vowel starts a new syllable in -ia, -io, -iu, -eo, -ience, -ient, -ious
///   (media, radio, experience), except in -cia, -tio, -sio, -gio and the like, where the i is silent (social, nation);</item>
/// <item>a word with no vowel, a number or a word of up to three letters is one syllable;</item>
/// <item>a short list of words the rules get wrong is looked up first (every, business, idea ...).</item>
/// </list>
/// Hyphenated words count each part; a possessive 's adds nothing.
/// </summary>
public static class EnglishSyllables
{
    private static readonly FrozenDictionary<string, int> Exceptions = new Dictionary<string, int>
    {
        ["every"] = 2, ["everyone"] = 3, ["everything"] = 3, ["everybody"] = 4, ["everywhere"] = 3,
        ["someone"] = 2, ["something"] = 2, ["sometimes"] = 2, ["somewhere"] = 2, ["somebody"] = 3,
        ["anyone"] = 3, ["whatever"] = 3, ["business"] = 2, ["businesses"] = 3, ["area"] = 3, ["areas"] = 3,
        ["idea"] = 3, ["ideas"] = 3, ["create"] = 2, ["created"] = 3, ["million"] = 2, ["millions"] = 2,
        ["being"] = 2, ["doing"] = 2, ["going"] = 2, ["seeing"] = 2, ["science"] = 2, ["quiet"] = 2,
        ["poem"] = 2, ["lion"] = 2, ["union"] = 2, ["opinion"] = 3, ["opinions"] = 3, ["people"] = 2,
        ["covid"] = 2, ["maybe"] = 2, ["online"] = 2, ["lifetime"] = 2, ["whole"] = 1, ["wednesday"] = 2,
        ["february"] = 4, ["several"] = 3, ["fire"] = 1, ["hour"] = 1, ["hours"] = 1, ["our"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ExceptionsBySpan =
        Exceptions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] SilentESuffixes = ["ly", "ful", "less", "ness", "ment", "ments"];

    private const string Hyphens = "-‐–";

    // Words are counted by the hundred thousand in a build, so the word is read as spans of a
    // stack buffer rather than split, lowered and filtered into new strings.
    private const int StackLimit = 128;

    // Text repeats its words (the sample site's 6,655 are 2,051 distinct ones), so each distinct word is counted
    // once per process and looked up after. The table stops growing at MaxKnown words, so a site with an unusual
    // vocabulary costs a bounded amount of memory; words past it are counted each time.
    private const int MaxKnown = 200_000;
    private static readonly ConcurrentDictionary<string, int> Known = new();
    private static int known;

    /// <summary>Syllables in <paramref name="word"/>; at least 1 for any word.</summary>
    public static int Count(string word)
    {
        if (Known.TryGetValue(word, out var count)) return count;
        count = CountAnew(word);
        // The count is a pure function of the word, so two threads adding it at once add the same value.
        if (Volatile.Read(ref known) < MaxKnown && Known.TryAdd(word, count)) Interlocked.Increment(ref known);
        return count;
    }

    // The rules themselves, without the table.
    internal static int CountAnew(string word)
    {
        var span = word.AsSpan();
        if (span.IndexOfAny(Hyphens) < 0) return CountOne(span);
        var parts = 0;
        foreach (var part in span.SplitAny(Hyphens))
            if (!span[part].IsEmpty) parts++;
        if (parts <= 1) return CountOne(span);
        var total = 0;
        foreach (var part in span.SplitAny(Hyphens))
            if (!span[part].IsEmpty) total += CountOne(span[part]);
        return total;
    }

    private static int CountOne(ReadOnlySpan<char> raw)
    {
        // A possessive 's adds no syllable: people's is read as people.
        if (raw.Length > 2 && (raw.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || raw.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            raw = raw[..^2];
        Span<char> buffer = raw.Length <= StackLimit ? stackalloc char[StackLimit] : new char[raw.Length];
        var length = 0;
        foreach (var c in raw)
            if (char.ToLowerInvariant(c) is var lower and >= 'a' and <= 'z') buffer[length++] = lower;
        ReadOnlySpan<char> w = buffer[..length];
        if (w.Length == 0) return 1;
        if (ExceptionsBySpan.TryGetValue(w, out var known)) return known;
        if (w.Length <= 3) return 1;
        // A leading y before a vowel is a consonant (year, young).
        if (w[0] == 'y' && IsVowel(w[1])) w = w[1..];

        var count = 0;
        for (var i = 0; i < w.Length; i++)
            if (IsVowel(w[i]) && (i == 0 || !IsVowel(w[i - 1]))) count++;

        count -= SilentEndings(w);
        count += Hiatus(w);
        return Math.Max(1, count);
    }

    private static int SilentEndings(ReadOnlySpan<char> w)
    {
        var silent = 0;
        var n = w.Length;
        if (w[n - 1] == 'e' && !IsVowel(w[n - 2]) && !(w[n - 2] == 'l' && n >= 3 && !IsVowel(w[n - 3])))
            silent++;
        else if (w.EndsWith("ed") && n >= 4 && !IsVowel(w[n - 3]) && w[n - 3] is not ('t' or 'd') && !ConsonantLe(w, n - 3))
            silent++;
        else if (w.EndsWith("es") && n >= 4 && !IsVowel(w[n - 3]) && !SoundedEs(w) && !ConsonantLe(w, n - 3))
            silent++;
        foreach (var suffix in SilentESuffixes)
        {
            var at = n - suffix.Length - 1;
            if (at >= 2 && w.EndsWith(suffix) && w[at] == 'e' && !IsVowel(w[at - 1]) && IsVowelBefore(w, at - 1))
            {
                silent++;
                break;
            }
        }
        return silent;
    }

    // The e of -bled, -tles, -ples ... belongs to a sounded "le" syllable: dis-a-bled, ta-bles.
    private static bool ConsonantLe(ReadOnlySpan<char> w, int l) => w[l] == 'l' && l >= 1 && w[l - 1] is 'b' or 'p' or 't' or 'd' or 'g' or 'k' or 'f' or 'z' or 'c';

    // -es is its own syllable after the sounds s, z, sh, ch and soft c or g: changes, uses, boxes.
    private static bool SoundedEs(ReadOnlySpan<char> w)
    {
        var stem = w[..^2];
        return stem.EndsWith('c') || stem.EndsWith('g') || stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z')
            || stem.EndsWith("ch") || stem.EndsWith("sh");
    }

    private static int Hiatus(ReadOnlySpan<char> w)
    {
        var extra = 0;
        for (var i = 1; i + 1 < w.Length; i++)
        {
            var pair = w.Slice(i, 2);
            var before = w[i - 1];
            var glide = before is 'c' or 't' or 's' or 'x' or 'g' || (before == 'u' && i >= 2 && w[i - 2] is 'q' or 'g');
            if ((pair is "ia" or "io" or "iu" or "eo") && !glide && !IsVowel(before)) extra++;
            else if (pair is "ie" && !IsVowel(before) && w[(i + 2)..] is var rest
                     && (rest.StartsWith("nce") || rest.StartsWith("nt")) && !glide)
                extra++;
        }
        return extra;
    }

    private static bool IsVowelBefore(ReadOnlySpan<char> w, int end)
    {
        for (var i = end; i >= 0; i--)
            if (IsVowel(w[i])) return true;
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
