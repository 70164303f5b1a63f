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

    /// <summary>True when the word is in the built-in or site list of acronyms that need no expansion.</summary>
    public bool IsKnownAbbreviation(string word) =>
        Abbreviations.Common.Contains(word) || KnownAbbreviations.Contains(word)
        || KnownAbbreviations.Any(a => a.Equals(word, StringComparison.OrdinalIgnoreCase));
}
