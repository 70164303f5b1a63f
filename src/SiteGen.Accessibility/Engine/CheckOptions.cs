using System.Runtime.CompilerServices;

namespace SiteGen.Accessibility;

/// <summary>Site-wide settings the rules need; comparisons on every set are case-insensitive.</summary>
public sealed record CheckOptions
{
    private static readonly IReadOnlySet<string> Empty = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Options with no languages, no ignored rules and no extra abbreviations.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>BCP 47 codes the site publishes, e.g. en, cy, ur; empty means any well-formed tag.</summary>
    public IReadOnlySet<string> Languages { get; init; } = Empty;

    /// <summary>Rule ids or names switched off, e.g. "A11Y012" or "link-text-vague".</summary>
    public IReadOnlySet<string> IgnoredRules { get; init; } = Empty;

    /// <summary>The WCAG level the site aims for: failures of criteria above it are warnings, not errors.</summary>
    public WcagLevel Level { get; init; } = Conformance.DefaultLevel;

    /// <summary>Extra acronyms that need no expansion and are not "all caps" shouting.</summary>
    public IReadOnlySet<string> KnownAbbreviations { get; init; } = Empty;

    /// <summary>True when the rule is switched off by its id or its name.</summary>
    public bool IsIgnored(RuleBase rule)
    {
        if (IgnoredRules.Count == 0) return false;
        // The caller may hand us a case-sensitive set, so compare by hand.
        foreach (var entry in IgnoredRules)
        {
            var e = entry.Trim();
            if (e.Equals(rule.Id, StringComparison.OrdinalIgnoreCase) || e.Equals(rule.Name, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>True when the language tag is one the site publishes (or a regional form of one, en-GB for en).</summary>
    public bool IsPublishedLanguage(string tag)
    {
        foreach (var code in Languages)
        {
            if (tag.Equals(code, StringComparison.OrdinalIgnoreCase)) return true;
            if (tag.Length > code.Length && tag[code.Length] == '-' && tag.StartsWith(code, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // One case-insensitive lookup of the site's acronyms per KnownAbbreviations set, built on first use. It lives
    // outside the record so that two options with the same sets still compare equal.
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, SiteWords> SiteWordSets = new();

    /// <summary>True when the word is in the built-in lists (of every locale) or the site's list of acronyms that need no expansion (any case).</summary>
    public bool IsKnownAbbreviation(string word) => IsKnownAbbreviation(word.AsSpan());

    /// <summary>True when the word is in the built-in lists (of every locale) or the site's list of acronyms that need no expansion (any case).</summary>
    public bool IsKnownAbbreviation(ReadOnlySpan<char> word) => IsKnownAbbreviation(word, null);

    /// <summary>True when the word is in the built-in list for a page in <paramref name="language"/> or in the site's list (any case).</summary>
    public bool IsKnownAbbreviation(ReadOnlySpan<char> word, string? language) =>
        Abbreviations.IsKnown(word, language)
        || KnownAbbreviations.Count > 0 && SiteWordSets.GetValue(KnownAbbreviations, static known => new SiteWords(known)).Contains(word);

    /// <summary>The site's acronyms in one set that can be asked about a slice of text without copying it.</summary>
    private sealed class SiteWords
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private readonly int longest;

        public SiteWords(IReadOnlySet<string> site)
        {
            var all = new HashSet<string>(site, StringComparer.OrdinalIgnoreCase);
            lookup = all.GetAlternateLookup<ReadOnlySpan<char>>();
            longest = all.Count == 0 ? 0 : all.Max(w => w.Length);
        }

        // Most words are longer than any acronym, so the length test spares hashing them.
        public bool Contains(ReadOnlySpan<char> word) => word.Length <= longest && lookup.Contains(word);
    }
}
