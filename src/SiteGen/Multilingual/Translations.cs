using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Multilingual;

/// <summary>
/// The pages that are translations of each other: pages in different languages with the same
/// translation key (their path inside the language folder, unless front matter sets translationKey).
/// </summary>
public sealed class Translations
{
    private readonly Dictionary<string, Dictionary<string, Document>> byKey = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Diagnostic> problems;
    private readonly ImmutableArray<Document> pages;

    public Translations(IEnumerable<Document> pages, DiagnosticBag diagnostics)
    {
        this.pages = [.. pages];
        var found = new List<Diagnostic>();
        foreach (var page in this.pages.OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            var info = page.Get(ContentKeys.Page);
            if (!byKey.TryGetValue(info.TranslationKey, out var languages))
                byKey[info.TranslationKey] = languages = new(StringComparer.Ordinal);
            if (languages.TryGetValue(info.Language, out var first))
            {
                var fm = page.Get(ContentKeys.FrontMatter);
                found.Add(new Diagnostic(Severity.Error, Codes.DuplicateTranslationKey,
                    $"This page and {first.Source} are both the {info.Language} version of \"{info.TranslationKey}\". Give one of them its own translationKey.",
                    new SourceLocation(page.Source, fm.LineOf("translationKey"), 1)));
                continue;
            }
            languages[info.Language] = page;
        }
        problems = found;
        foreach (var problem in problems) diagnostics.Add(problem);
    }

    private Translations(Translations before, ImmutableArray<Document> pages, Dictionary<string, Dictionary<string, Document>> byKey)
    {
        (this.pages, this.byKey, problems) = (pages, byKey, before.problems);
    }

    /// <summary>
    /// The same table over another build's pages, with the documents that differ put in place of those they replace,
    /// when every page is at the same place with the same source, language and translation key; else null. The
    /// problems found making the table are reported again.
    /// </summary>
    public Translations? With(ImmutableArray<Document> next, DiagnosticBag diagnostics)
    {
        if (next.Length != pages.Length) return null;
        Dictionary<string, Dictionary<string, Document>>? replaced = null;
        for (var i = 0; i < next.Length; i++)
        {
            var (now, then) = (next[i], pages[i]);
            if (ReferenceEquals(now, then)) continue;
            var (a, b) = (now.Get(ContentKeys.Page), then.Get(ContentKeys.Page));
            if (now.Source != then.Source || a.Language != b.Language || a.TranslationKey != b.TranslationKey) return null;
            replaced ??= new(byKey, StringComparer.Ordinal);
            if (replaced[a.TranslationKey] is var languages && ReferenceEquals(languages.GetValueOrDefault(a.Language), then))
                replaced[a.TranslationKey] = new(languages, StringComparer.Ordinal) { [a.Language] = now };
        }
        foreach (var problem in problems) diagnostics.Add(problem);
        return new Translations(this, next, replaced ?? byKey);
    }

    /// <summary>Every language version of the page with this key, by language code.</summary>
    public IReadOnlyDictionary<string, Document> Of(string translationKey) =>
        byKey.TryGetValue(translationKey, out var languages) ? languages : new Dictionary<string, Document>();

    /// <summary>The original a translation was made from: the default language's version, when this page is not it.</summary>
    public Document? OriginalOf(Document page, string defaultLanguage)
    {
        var info = page.Get(ContentKeys.Page);
        return info.Language != defaultLanguage && Of(info.TranslationKey).TryGetValue(defaultLanguage, out var original) ? original : null;
    }

    /// <summary>True when the page records the fingerprint of its original and the original has changed since.</summary>
    public bool IsOutOfDate(Document page, string defaultLanguage) =>
        page.Get(ContentKeys.FrontMatter).Translation?.TranslatedFrom is { } recorded
        && OriginalOf(page, defaultLanguage) is { } original
        && !string.Equals(recorded, Fingerprint(original.Content), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A short fingerprint of a page's markdown body: the first 12 hex digits of its SHA-256, with the
    /// body ending in exactly one newline. A translation records the original's fingerprint as translatedFrom.
    /// </summary>
    /// <remarks>Worked out once per string: a page taken whole from the previous preview build holds the very same body, so the checks that compare translations with their originals hash only the edited pages' bodies.</remarks>
    public static string Fingerprint(string body) => Fingerprints.GetValue(body, b =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(b.TrimEnd('\n') + "\n")))[..12]);

    private static readonly ConditionalWeakTable<string, string> Fingerprints = new();
}
