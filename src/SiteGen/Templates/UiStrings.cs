using System.Globalization;
using Microsoft.AspNetCore.Html;
using SiteGen.Multilingual;

namespace SiteGen.Templates;

/// <summary>One interface string: plain text, or, for a string with a count, one text per CLDR plural category.</summary>
public sealed record UiString(string Text, IReadOnlyDictionary<string, string>? Forms = null)
{
    public bool IsPlural => Forms is not null;
}

/// <summary>The language a piece of text is written in, for its lang and dir attributes.</summary>
public sealed record TextLanguage(string Code, string Direction);

/// <summary>The theme's interface text for one language, read from themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yml.</summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, UiString> strings;
    private readonly IReadOnlyDictionary<string, UiString> fallback;
    private readonly CultureInfo culture;

    /// <param name="language">The language these strings are for.</param>
    /// <param name="fallbackLanguage">The default language, whose text shows where <paramref name="strings"/> has no value.</param>
    public UiStrings(TextLanguage language, IReadOnlyDictionary<string, UiString> strings, TextLanguage fallbackLanguage, IReadOnlyDictionary<string, UiString> fallback)
    {
        Language = language;
        FallbackLanguage = fallbackLanguage;
        this.strings = strings;
        this.fallback = fallback;
        culture = DateFormatter.CultureFor(language.Code);
    }

    public TextLanguage Language { get; }
    public TextLanguage FallbackLanguage { get; }

    /// <summary>The plain text for <paramref name="key"/>, from the page's language or else the default language; for attributes and the generator.</summary>
    public string this[string key] => Find(key)?.Text ?? key;

    public bool Has(string key) => strings.ContainsKey(key);

    /// <summary>True when the key shows the default language's text because this language lacks it.</summary>
    public bool IsFallback(string key) => !strings.ContainsKey(key) && fallback.ContainsKey(key);

    /// <summary>The language the key's text is written in, when it is not the page's own (a fallback); null otherwise.</summary>
    public TextLanguage? ForeignLanguageOf(string key) => IsFallback(key) ? FallbackLanguage : null;

    /// <summary>
    /// The key's text for element content: a fallback in another language is wrapped in a span with
    /// that language's lang and dir (WCAG 3.1.2), so screen readers switch voice for it.
    /// </summary>
    public IHtmlContent Text(string key) => Mark(key, System.Net.WebUtility.HtmlEncode(this[key]));

    /// <summary>
    /// The count string <paramref name="key"/> for <paramref name="count"/>: the text of the count's CLDR plural
    /// category in the language the text is written in, with {0} replaced by the number; marked like <see cref="Text"/>.
    /// </summary>
    public IHtmlContent Plural(string key, long count) => Mark(key, System.Net.WebUtility.HtmlEncode(PluralText(key, count)));

    /// <summary>The plain text of <see cref="Plural"/>, for attributes.</summary>
    public string PluralText(string key, long count)
    {
        if (Find(key) is not { } value) return key;
        var language = IsFallback(key) ? FallbackLanguage.Code : Language.Code;
        var form = value.Forms is { } forms
            ? forms.GetValueOrDefault(PluralRules.Category(language, count)) ?? forms.GetValueOrDefault(PluralRules.Other) ?? value.Text
            : value.Text;
        return string.Format(IsFallback(key) ? DateFormatter.CultureFor(FallbackLanguage.Code) : culture, form, count);
    }

    /// <summary>
    /// The unformatted text of one CLDR plural category of the count string <paramref name="key"/>, or "" when the
    /// language gives none: for scripts that choose the form themselves (Intl.PluralRules), from data attributes.
    /// </summary>
    public string FormOf(string key, string category) =>
        Find(key)?.Forms?.GetValueOrDefault(category) ?? "";

    /// <summary>Keys the default language has and this language lacks, so the default language's text shows instead.</summary>
    public IReadOnlyList<string> MissingKeys =>
        fallback.Keys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every key this language has, with its value.</summary>
    public IReadOnlyDictionary<string, UiString> Own => strings;

    /// <summary>Every key the default language has, with its value.</summary>
    public IReadOnlyDictionary<string, UiString> Fallback => fallback;

    private UiString? Find(string key) =>
        strings.TryGetValue(key, out var value) ? value : fallback.GetValueOrDefault(key);

    private HtmlString Mark(string key, string encoded) =>
        ForeignLanguageOf(key) is { } other
            ? new HtmlString($"<span lang=\"{other.Code}\" dir=\"{other.Direction}\">{encoded}</span>")
            : new HtmlString(encoded);
}
