namespace SiteGen.Templates;

/// <summary>The theme's interface text for one language, read from themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yml.</summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, string> strings;
    private readonly IReadOnlyDictionary<string, string> fallback;

    public UiStrings(IReadOnlyDictionary<string, string> strings, IReadOnlyDictionary<string, string> fallback)
    {
        this.strings = strings;
        this.fallback = fallback;
    }

    /// <summary>The string for <paramref name="key"/>, from the page's language or else the default language.</summary>
    public string this[string key] =>
        strings.TryGetValue(key, out var value) ? value
        : fallback.TryGetValue(key, out var fb) ? fb
        : key;

    public bool Has(string key) => strings.ContainsKey(key);

    /// <summary>Keys the default language has and this language lacks, so the default language's text shows instead.</summary>
    public IReadOnlyList<string> MissingKeys =>
        fallback.Keys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
}
