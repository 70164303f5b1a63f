using System.Collections.Frozen;

namespace SiteGen.EasyRead.Readability;

/// <summary>
/// The word lists shipped in EasyRead/Data (one entry a line, # starts a comment), read once from
/// the assembly. NOTICE.md there says where each comes from. The Dale–Chall list is the accessibility
/// checks' (<see cref="Accessibility.EnglishWords"/>), which read it too.
/// </summary>
public static class WordLists
{
    private static readonly Lazy<FrozenSet<string>> spache = new(() => Set("spache.en.txt"));
    private static readonly Lazy<IReadOnlyList<string>> englishIdioms = new(() => Lines("idioms.en.txt"));

    /// <summary>The New Dale–Chall list: about 3000 words familiar to American 4th graders.</summary>
    public static IReadOnlySet<string> DaleChallFamiliar => Accessibility.EnglishWords.DaleChall;

    /// <summary>The revised Spache list of simple words.</summary>
    public static FrozenSet<string> SpacheFamiliar => spache.Value;

    /// <summary>Idioms and metaphors for <paramref name="language"/>; none for a language with no list yet.</summary>
    public static IReadOnlyList<string> Idioms(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? englishIdioms.Value
            : [];

    private static FrozenSet<string> Set(string name) => Lines(name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Lines(string name) =>
        Accessibility.DataLists.Lines(typeof(WordLists).Assembly, "EasyRead." + name);
}
