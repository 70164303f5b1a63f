using System.Collections.Frozen;

namespace SiteGen.Accessibility;

/// <summary>
/// Abbreviations common enough to need no expansion (contract: PDF, UK, NHS, BBC, COVID ...): one list for
/// every language and one for each English-speaking locale (Engine/Data/abbreviations*.txt). A page in
/// en-GB reads the British list, one in en-US the American list, any other page both.
/// </summary>
public static class Abbreviations
{
    private static readonly IReadOnlyList<string> Everywhere = DataLists.Lines("abbreviations.txt");
    private static readonly Lookup British = new(Everywhere.Concat(DataLists.Lines("abbreviations.en-GB.txt")));
    private static readonly Lookup American = new(Everywhere.Concat(DataLists.Lines("abbreviations.en-US.txt")));
    private static readonly Lookup Both = new(British.Set.Concat(American.Set));

    /// <summary>Every built-in abbreviation, of all locales; site.yml abbreviations extend it through CheckOptions.KnownAbbreviations.</summary>
    public static IReadOnlySet<string> Common => Both.Set;

    /// <summary>True when <paramref name="word"/> (any case) is a built-in abbreviation for the language.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word, string? language) => LookupFor(language).Contains(word);

    // The region decides: en-US (or the US region of any language) reads the American list, en-GB the British one.
    private static Lookup LookupFor(string? language)
    {
        var region = LanguageTag.Region(language);
        return region.Equals("US", StringComparison.OrdinalIgnoreCase) ? American
            : region.Equals("GB", StringComparison.OrdinalIgnoreCase) || region.Equals("UK", StringComparison.OrdinalIgnoreCase) ? British
            : Both;
    }

    /// <summary>A case-insensitive set that can be asked about a slice of text without copying it.</summary>
    private sealed class Lookup
    {
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> spans;

        public Lookup(IEnumerable<string> words)
        {
            Set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            spans = Set.GetAlternateLookup<ReadOnlySpan<char>>();
            Longest = Set.Count == 0 ? 0 : Set.Max(w => w.Length);
        }

        public FrozenSet<string> Set { get; }

        public int Longest { get; }

        public bool Contains(ReadOnlySpan<char> word) => word.Length <= Longest && spans.Contains(word);
    }
}
