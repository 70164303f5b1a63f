using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>An acronym is explained the first time it is used, unless it is well known (GOV.UK style; technique G97).</summary>
public sealed partial class AbbrFirstUse : Rule
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "the", "for", "in", "on", "to", "a", "an", "&", "at", "by", "with", "y", "a'r", "yr", "ac",
    };

    public override string Id => "A11Y044";
    public override string Name => "abbr-first-use";
    public override string Wcag => "3.1.4";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Write it out in full the first time, like \"Wales Council for Voluntary Action (WCVA)\", or add it to abbreviations in site.yml.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var main = page.QuerySelector("main, [role=main]");
        if (main is null) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
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
                if (token.Any(char.IsDigit)) continue;
                if (!seen.Add(token.TrimEnd('s'))) continue;
                if (page.Options.IsKnownAbbreviation(token) || page.Options.IsKnownAbbreviation(token.TrimEnd('s'))
                    || RomanNumeral().IsMatch(token) || parent.Closest("abbr[title], code, pre, kbd, samp") is not null)
                    continue;
                if (ExpandedBefore(text, m) || ExpandedAfter(text, m)) continue;
                yield return Report(page, parent, $"The abbreviation \"{token}\" is not explained where it is first used.");
            }
        }
    }

    // The shortest text the Acronym pattern can match: a capital followed by a capital, digit or ampersand.
    private static bool HasCapitalPair(string text)
    {
        for (var i = 1; i < text.Length; i++)
            if (text[i] is >= 'A' and <= 'Z' or >= '0' and <= '9' or '&' && text[i - 1] is >= 'A' and <= 'Z') return true;
        return false;
    }

    // "Wales Council for Voluntary Action (WCVA)": the capitals are the initials of the words before the bracket.
    private static bool ExpandedBefore(string text, Match m)
    {
        var open = m.Index - 1;
        if (open < 0 || text[open] != '(') return false;
        var words = Words(text[..open]).TakeLast(12).ToList();
        return InitialsMatch(words, m.Value);
    }

    // "WCVA (Wales Council for Voluntary Action)": the words in the bracket after it.
    private static bool ExpandedAfter(string text, Match m)
    {
        var rest = text[(m.Index + m.Length)..].TrimStart();
        if (!rest.StartsWith('(')) return false;
        var close = rest.IndexOf(')');
        var inside = close < 0 ? rest[1..] : rest[1..close];
        var words = Words(inside).ToList();
        for (var take = words.Count; take > 0; take--)
            if (InitialsMatch(words.Take(take).ToList(), m.Value)) return true;
        return false;
    }

    private static bool InitialsMatch(List<string> words, string token)
    {
        var letters = new string(token.TrimEnd('s').Where(char.IsLetter).ToArray());
        if (letters.Length == 0) return false;
        var all = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        var content = string.Concat(words.Where(w => !SmallWords.Contains(w)).Select(w => char.ToUpperInvariant(w[0])));
        return all.EndsWith(letters, StringComparison.Ordinal) || content.EndsWith(letters, StringComparison.Ordinal)
            || all.StartsWith(letters, StringComparison.Ordinal) || content.StartsWith(letters, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', '\t', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', ',', '.', ':', ';', '“', '”', '‘', '’'))
            .Where(w => w.Length > 0 && char.IsLetterOrDigit(w[0]) || w == "&");

    [GeneratedRegex(@"\b[A-Z][A-Z0-9&]{1,6}s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^[IVXLCDM]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
