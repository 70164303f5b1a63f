using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-plural-categories: an interface string with a count gives a text for every CLDR plural category of its
/// language (Welsh: zero, one, two, few, many, other; Urdu and English: one, other), and none it does not use.
/// </summary>
public sealed class PluralCategories : LanguageRule
{
    public override string Code => Codes.PluralCategories;
    public override string Name => "ml-plural-categories";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        var languages = site.Pages.Select(p => p.Language).OfType<string>().Append(site.Config.DefaultLanguage).Distinct();
        foreach (var language in languages)
        {
            var strings = site.Strings(language);
            var needed = PluralRules.CategoriesOf(language);
            var counted = strings.Fallback.Where(s => s.Value.IsPlural).Select(s => s.Key)
                .Union(strings.Own.Where(s => s.Value.IsPlural).Select(s => s.Key)).Order(StringComparer.Ordinal);
            foreach (var key in counted)
            {
                if (!strings.Own.TryGetValue(key, out var value)) continue; // a missing key is SG602's
                var at = site.StringAt(language, key);
                var given = value.Forms?.Keys.ToHashSet(StringComparer.Ordinal) ?? [];
                var missing = needed.Where(c => !given.Contains(c)).ToList();
                if (missing.Count > 0)
                    yield return new LanguageFinding(
                        $"\"{key}\" is a string with a count, and {language} needs a text for each of {string.Join(", ", needed)}; it has no {string.Join(", ", missing)}. Write it as a list: {key}: {{ {string.Join(", ", needed.Select(c => c + ": ..."))} }}.",
                        At: at);
                var unused = given.Where(c => !needed.Contains(c)).Order(StringComparer.Ordinal).ToList();
                if (unused.Count > 0)
                    yield return new LanguageFinding(
                        $"\"{key}\" has text for {string.Join(", ", unused)}, which {language} never uses (its categories are {string.Join(", ", needed)}). Remove {(unused.Count == 1 ? "it" : "them")}, or check the file is the right language's.",
                        At: at, Severity: Severity.Warning);
            }
        }
    }
}
