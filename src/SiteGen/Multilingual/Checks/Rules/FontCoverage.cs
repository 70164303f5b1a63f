using System.Text.RegularExpressions;
using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-font-coverage: text in Arabic or Bengali script gets a font stack of its own, scoped with :lang(),
/// that names a font made for that script. System UI fonts often lack Nastaliq, or Bengali conjuncts,
/// and the browser's last-resort font draws them badly or as empty boxes.
/// </summary>
/// <remarks>Fonts are not read (the theme uses fonts installed on the reader's device), so coverage is judged
/// from the family names: the table below lists families known to be made for each script.</remarks>
public sealed partial class FontCoverage : LanguageRule
{
    private static readonly Dictionary<string, string[]> FamiliesFor = new(StringComparer.Ordinal)
    {
        ["Arabic"] = ["noto nastaliq urdu", "jameel noori nastaleeq", "urdu typesetting", "noto naskh arabic", "noto sans arabic",
            "geeza pro", "amiri", "scheherazade new", "noto kufi arabic", "arabic typesetting", "traditional arabic", "sakkal majalla", "mehr nastaliq web"],
        ["Bengali"] = ["noto sans bengali", "noto serif bengali", "vrinda", "bangla sangam mn", "shonar bangla", "kohinoor bangla", "siyam rupali", "solaimanlipi", "kalpurush"],
    };

    public override string Code => Codes.FontCoverage;
    public override string Name => "ml-font-coverage";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        if (site.Stylesheets.Count == 0) yield break;
        var declarations = site.Stylesheets.SelectMany(s => CssDeclarations.Read(s.Text).Select(d => (Sheet: s, D: d))).ToList();
        var variables = declarations.Where(x => x.D.Property.StartsWith("--", StringComparison.Ordinal))
            .GroupBy(x => x.D.Property).ToDictionary(g => g.Key, g => g.Last().D.Value, StringComparer.Ordinal);

        // Which scripts each language's text uses, from every passage marked with that language.
        var used = site.Pages.SelectMany(p => p.Html.Scripts).ToHashSet();

        foreach (var (language, script) in used.OrderBy(u => u.Language, StringComparer.Ordinal))
        {
            var stacks = declarations.Where(x => x.D.Property == "font-family" && LangSelector(language).IsMatch(x.D.Selector)).ToList();
            if (stacks.Any(x => Families(x.D.Value, variables).Any(f => FamiliesFor[script].Contains(f)))) continue;
            var sheet = site.Stylesheets[0];
            yield return new LanguageFinding(
                stacks.Count == 0
                    ? $"Pages have {script}-script text in \"{language}\", but the stylesheet gives :lang({language}) no font stack, so it shows in whatever font the device picks. Add :lang({language}) {{ font-family: ... }} naming fonts made for {script} script (for example \"{FamiliesFor[script][0]}\")."
                    : $"The :lang({language}) font stack names no font made for {script} script, so the device's last-resort font draws it. Add one, for example \"{FamiliesFor[script][0]}\".",
                At: new SourceLocation(stacks.Count > 0 ? stacks[0].Sheet.Source : sheet.Source, stacks.Count > 0 ? stacks[0].D.Line : 1, 1));
        }
    }

    // The font families of a font-family value, var() references resolved, lower-cased and unquoted.
    private static IEnumerable<string> Families(string value, IReadOnlyDictionary<string, string> variables, int depth = 0)
    {
        foreach (var part in value.Split(','))
        {
            var item = part.Trim();
            if (Var().Match(item) is { Success: true } m)
            {
                if (depth < 5 && variables.TryGetValue(m.Groups[1].Value, out var referenced))
                    foreach (var f in Families(referenced, variables, depth + 1)) yield return f;
                continue;
            }
            yield return item.Trim('"', '\'').ToLowerInvariant();
        }
    }

    private static Regex LangSelector(string language) => new($@":lang\(\s*[""']?{Regex.Escape(language)}(?:-[A-Za-z0-9-]+)?[""']?\s*\)|\[lang[|^]?=[""']?{Regex.Escape(language)}\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^var\(\s*(--[\w-]+)\s*(?:,[^)]*)?\)$")]
    private static partial Regex Var();
}
