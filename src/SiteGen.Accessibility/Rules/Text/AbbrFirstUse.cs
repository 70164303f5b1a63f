using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>
/// An acronym is explained the first time it is used, unless it is well known (GOV.UK style; technique G97).
/// Explained means: written out anywhere on the page (<see cref="AbbreviationExpansions"/>), in an
/// <c>abbr title</c>, or in site.yml's abbreviations or a glossary. Words in capitals for emphasis (FREE, DO NOT)
/// and names written in capitals (NACRO) are not acronyms (<see cref="CapitalWords"/>).
/// </summary>
public sealed partial class AbbrFirstUse : Rule
{
    public override string Id => "A11Y044";
    public override string Name => "abbr-first-use";
    public override string Wcag => "3.1.4";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Write it out in full the first time, like \"Wales Council for Voluntary Action (WCVA)\", or add it to abbreviations in site.yml.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var main = page.QuerySelector("main, [role=main]");
        if (main is null) yield break;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AbbreviationExpansions? expansions = null;
        foreach (var (parent, text) in page.TextRuns)
        {
            // Without two capitals side by side there is no acronym to look at; most text runs end here.
            if (!HasCapitalPair(text)) continue;
            // Shouted text is text-all-caps' job; every word in it would look like an acronym.
            if (!main.Contains(parent) || TextAllCaps.IsShouting(text, page.Options) || HeadingAllCaps.IsAllCaps(text, page.Options)) continue;
            foreach (Match m in Acronym().Matches(text))
            {
                var token = m.Value;
                // Postcodes (CF10), roads (A470) and paper sizes (A4) have digits; acronyms rarely do.
                if (token.Any(char.IsDigit) || !seen.Add(CapitalWords.Singular(token))) continue;
                if (NeedsNoExpansion(page.Options, token, parent) || CapitalWords.IsPartOfAddress(text, m.Index, m.Length)
                    || CapitalWords.IsEmphasis(text, m.Index, m.Length) || CapitalWords.IsName(text, m.Index, m.Length)
                    || parent.Closest("abbr[title], code, pre, kbd, samp") is not null)
                    continue;
                expansions ??= new AbbreviationExpansions(page, main);
                if (expansions.Explain(token)) continue;
                yield return Report(page, parent, $"The abbreviation \"{token}\" is not explained where it is first used.");
            }
        }
    }

    // Known in the list for the page's language; most acronyms are in no list at all, which needs no language.
    private static bool NeedsNoExpansion(CheckOptions options, string token, IElement parent)
    {
        if (RomanNumeral().IsMatch(token)) return true;
        var single = CapitalWords.Singular(token);
        if (!options.IsKnownAbbreviation(token) && !options.IsKnownAbbreviation(single)) return false;
        var language = parent.Closest("[lang]")?.GetAttribute("lang");
        return options.IsKnownAbbreviation(token, language) || options.IsKnownAbbreviation(single, language);
    }

    // The shortest text the Acronym pattern can match: a capital followed by a capital, digit or ampersand.
    private static bool HasCapitalPair(string text)
    {
        for (var i = 1; i < text.Length; i++)
            if (text[i] is >= 'A' and <= 'Z' or >= '0' and <= '9' or '&' && text[i - 1] is >= 'A' and <= 'Z') return true;
        return false;
    }

    [GeneratedRegex(@"\b[A-Z][A-Z0-9&]{1,6}s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^[IVXLCDM]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
