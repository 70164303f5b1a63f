namespace SiteGen.Accessibility;

/// <summary>
/// Everyday English words: the New Dale–Chall list (about 3,000 words familiar to American 4th graders) with
/// the words writers put in capitals for emphasis (Engine/Data). A word in capitals that is one of them, like
/// FREE or MUST, is emphasis, not an abbreviation.
/// </summary>
public static class EnglishWords
{
    private static readonly string[] Endings = ["s", "es", "ed", "d", "ing", "er", "est", "'s", "’s"];
    private static readonly Lazy<IReadOnlySet<string>> daleChall = new(() => Set("dale-chall.en.txt"));
    private static readonly Lazy<IReadOnlySet<string>> emphasis = new(() => Set("emphasis.en.txt"));

    /// <summary>The New Dale–Chall list, lower case.</summary>
    public static IReadOnlySet<string> DaleChall => daleChall.Value;

    /// <summary>True when the word, in any case, is a Dale–Chall or emphasis word or a regular form of one.</summary>
    public static bool IsEveryday(string word) => IsListed(word, DaleChall) || IsListed(word, emphasis.Value);

    /// <summary>True when the word, in any case, is one writers put in capitals for emphasis (URGENT, SO).</summary>
    public static bool IsEmphasis(string word) => emphasis.Value.Contains(word.ToLowerInvariant());

    /// <summary>
    /// True when the word or a regular form of a listed word is on <paramref name="list"/> (lower case). As the
    /// Dale–Chall and Spache instructions say: -s, -es, -ies for -y, -ed, -d, -ing, -er, -est (join → joined,
    /// happy → happiest), and a doubled consonant before an ending (stopped, running).
    /// </summary>
    public static bool IsListed(string word, IReadOnlySet<string> list)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        if (list.Contains(lower)) return true;
        foreach (var ending in Endings)
        {
            if (!lower.EndsWith(ending, StringComparison.Ordinal) || lower.Length <= ending.Length + 1) continue;
            var stem = lower[..^ending.Length];
            if (list.Contains(stem) || list.Contains(stem + "e")) return true;
            if (stem.EndsWith('i') && list.Contains(stem[..^1] + "y")) return true;
            if (stem.Length > 2 && stem[^1] == stem[^2] && list.Contains(stem[..^1])) return true;
        }
        return false;
    }

    private static IReadOnlySet<string> Set(string name) =>
        new HashSet<string>(DataLists.Lines(name).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
}
