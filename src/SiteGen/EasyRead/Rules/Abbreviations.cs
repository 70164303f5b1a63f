using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Easy Read uses full words, not initials (GOV.UK; Inclusion Europe 12): every acronym or dotted
/// abbreviation is one readers know (UK, NHS, site.yml's list), explained in the glossary, or
/// defined on the page (<c>*[LEAP]: Lived Experience Advisory Panel</c>). Reported once a page.
/// </summary>
public sealed partial class Abbreviations : ReadabilityRule
{
    public override string Id => "ER014";
    public override string Name => "er-abbreviations";
    public override Severity Severity => Severity.Warning;
    public override string Source => "GOV.UK \"use full words not acronyms\"; Inclusion Europe standard 12; W3C COGA o3p01";
    public override string Help => "Write the words out in full, or add the abbreviation to glossary.yml with a plain explanation.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in page.Text.Sentences)
        {
            var explained = page.GlossaryWordsIn(sentence);
            foreach (Match m in Abbreviation().Matches(sentence.Text))
            {
                var token = m.Value;
                var single = token.EndsWith('s') && token.Length > 2 && !token.Contains('.') ? token[..^1] : token;
                if (page.KnownAbbreviations.Contains(token) || page.KnownAbbreviations.Contains(single)
                    || page.Text.DefinedAbbreviations.Contains(token) || page.Text.DefinedAbbreviations.Contains(single)
                    || Glossary.Glossary.Covers(explained, m.Index, m.Length) || RomanLike().IsMatch(token)
                    || !seen.Add(single))
                    continue;
                yield return Report(sentence.PositionOf(m.Index), $"\"{token}\" is an abbreviation readers may not know.");
            }
        }
    }

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]+s?\b|\b(?:e\.g\.|i\.e\.|etc\.|approx\.|no\.)(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    // Left to er-roman-numerals.
    [GeneratedRegex(@"^[IVXLCDM]+$")]
    private static partial Regex RomanLike();
}
