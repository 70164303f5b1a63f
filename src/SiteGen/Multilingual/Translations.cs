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

    public Translations(IEnumerable<Document> pages, DiagnosticBag diagnostics)
    {
        foreach (var page in pages.OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            var info = page.Get(ContentKeys.Page);
            if (!byKey.TryGetValue(info.TranslationKey, out var languages))
                byKey[info.TranslationKey] = languages = new(StringComparer.Ordinal);
            if (languages.TryGetValue(info.Language, out var first))
            {
                var fm = page.Get(ContentKeys.FrontMatter);
                diagnostics.Error(Codes.DuplicateTranslationKey,
                    $"This page and {first.Source} are both the {info.Language} version of \"{info.TranslationKey}\". Give one of them its own translationKey.",
                    new SourceLocation(page.Source, fm.LineOf("translationKey"), 1));
                continue;
            }
            languages[info.Language] = page;
        }
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
