namespace SiteGen.EasyRead.Readability;

/// <summary>
/// Whether a word is on a familiar-word list (Dale–Chall, Spache). Both lists' instructions count a
/// listed word with a regular ending as familiar too: -s, -es, -ies for -y, -ed, -d, -ing, -er, -est
/// (join → joined, computer → computers, happy → happiest). The everyday words of
/// <see cref="EasyWords"/> are familiar as well, as er-long-words takes them to be.
/// </summary>
public static class FamiliarWords
{
    private static readonly string[] Endings = ["s", "es", "ed", "d", "ing", "er", "est", "'s", "’s"];

    public static bool IsFamiliar(string word, IReadOnlySet<string> list)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        if (list.Contains(lower) || EasyWords.IsEasy(lower)) return true;
        foreach (var ending in Endings)
        {
            if (!lower.EndsWith(ending, StringComparison.Ordinal) || lower.Length <= ending.Length + 1) continue;
            var stem = lower[..^ending.Length];
            if (list.Contains(stem) || list.Contains(stem + "e")) return true;
            // -ies, -ied, -ier, -iest from -y; a doubled consonant before -ed, -ing, -er, -est (stopped, running).
            if (stem.EndsWith('i') && list.Contains(stem[..^1] + "y")) return true;
            if (stem.Length > 2 && stem[^1] == stem[^2] && list.Contains(stem[..^1])) return true;
        }
        return false;
    }
}
