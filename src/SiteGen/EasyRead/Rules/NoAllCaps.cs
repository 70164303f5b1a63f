using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Words in capitals are harder to read than lower case, because every word is the same shape (RNIB
/// Clear Print). Words of 4 or more capital letters are flagged unless readers know them as
/// abbreviations (the common list, site.yml's, the page's own or the glossary's). An unknown
/// abbreviation is also er-abbreviations' error; this warning says how to fix capitals used for emphasis.
/// </summary>
public sealed partial class NoAllCaps : ReadabilityRule
{
    public const int MinLetters = 4;

    public override string Id => "ER024";
    public override string Name => "er-no-all-caps";
    public override Severity Severity => Severity.Warning;
    public override string Source => "RNIB Clear Print; People First Easy Read standards";
    public override string Help => "Write the word in lower case, and use **bold** if it needs to stand out.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
        {
            var explained = page.GlossaryWordsIn(sentence);
            foreach (var word in sentence.Words)
            {
                var letters = word.Text.Count(char.IsLetter);
                if (letters < MinLetters || !Capitals().IsMatch(word.Text)) continue;
                var single = word.Text.EndsWith('s') ? word.Text[..^1] : word.Text;
                if (page.KnownAbbreviations.Contains(word.Text) || page.KnownAbbreviations.Contains(single)
                    || page.Text.DefinedAbbreviations.Contains(word.Text) || page.Text.DefinedAbbreviations.Contains(single)
                    || Glossary.Glossary.Covers(explained, word.Index, word.Text.Length))
                    continue;
                yield return Report(word.At, $"\"{word.Text}\" is written in capital letters.");
            }
        }
    }

    // All letters upper case (a plural s may follow); digits and inner hyphens allowed.
    [GeneratedRegex(@"^(?:\p{Lu}|[\d\-'’])+s?$")]
    private static partial Regex Capitals();
}
