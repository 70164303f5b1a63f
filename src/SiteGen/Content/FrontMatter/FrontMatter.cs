namespace SiteGen.Content.FrontMatter;

/// <summary>A speaker at an event, as front matter names them.</summary>
public sealed record Speaker(string Name, string? Role, string? Organisation);

/// <summary>The <c>event</c> block of front matter.</summary>
public sealed record EventInfo
{
    public required DateTimeOffset Start { get; init; }
    /// <summary>True when start was given as a date without a time.</summary>
    public bool AllDay { get; init; }
    public DateTimeOffset? End { get; init; }
    public string? Location { get; init; }
    public bool Online { get; init; }
    public string? Registration { get; init; }
    public IReadOnlyList<string> Access { get; init; } = [];
    public IReadOnlyList<Speaker> Speakers { get; init; } = [];
}

/// <summary>The lead image of a page; alt is required unless the image is decorative.</summary>
public sealed record LeadImage(string Src, string Alt, bool Decorative);

/// <summary>Accessibility rules switched off for one page, with the reason a reviewer will read.</summary>
public sealed record AccessibilityIgnore(IReadOnlyList<string> Rules, string Reason);

/// <summary>Who checked an Easy Read page with its readers, and when (Inclusion Europe asks for a named reviewer).</summary>
public sealed record ReviewRecord(IReadOnlyList<string> CheckedBy, DateTimeOffset? Date, string? Notes);

/// <summary>How a translated page was made: whether a computer helped, whether a native speaker checked it,
/// and a fingerprint of the original it was translated from (to tell when the original has changed).</summary>
public sealed record TranslationInfo(bool MachineAssisted, bool Reviewed, string? TranslatedFrom);

/// <summary>The typed front matter of a page, with the line each key was written on.</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public DateTimeOffset? Date { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Hugo's description, the summary when summary is not given.</summary>
    public string? Description { get; init; }

    /// <summary>Hugo's categories, read as more tags.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public bool Draft { get; init; }
    public string? Slug { get; init; }
    public string? TranslationKey { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public LeadImage? Image { get; init; }
    public EventInfo? Event { get; init; }
    public string? Layout { get; init; }
    public AccessibilityIgnore? Accessibility { get; init; }
    public TranslationInfo? Translation { get; init; }
    public ReviewRecord? Review { get; init; }

    /// <summary>1-based line in the source file of each key that was present; a block's keys as "event.location".</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line to report a problem with <paramref name="key"/> on: its own line, or line 1 when it is missing.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;

    /// <summary>Every key the contract defines, for unknown-key suggestions.</summary>
    public static readonly IReadOnlyList<string> KnownKeys =
        ["title", "date", "summary", "tags", "draft", "slug", "translationKey", "aliases", "image", "event", "layout", "accessibility", "translation", "review"];

    /// <summary>
    /// Hugo keys a migrated site carries that SiteGen has no use for: each is noted (an info message),
    /// not warned about, so thousands of converted pages do not bury the findings that matter.
    /// </summary>
    public static readonly IReadOnlySet<string> HugoKeysIgnored = new HashSet<string>(StringComparer.Ordinal)
    {
        "lastmod", "author", "authors", "images", "weight", "keywords", "linkTitle", "type", "menu", "toc",
        "comments", "series", "featured_image", "featuredImage", "subtitle", "expiryDate", "url", "outputs",
        "sitemap", "markup", "isCJKLanguage", "headless", "cascade", "params", "resources", "build", "_build",
    };
}
