using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.EasyRead.Readability;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Literal language: readers may take an idiom or metaphor ("on the same page", "tip of the
/// iceberg") at its word. Phrases come from the language's list in EasyRead/Data, so the list can
/// grow without code; a language with no list is not checked.
/// </summary>
public sealed class Idioms : ReadabilityRule
{
    public override string Id => "ER021";
    public override string Name => "er-idioms";
    public override Severity Severity => Severity.Warning;
    public override string Source => "Inclusion Europe \"Information for all\" 10; W3C COGA o3p04, o3p12";
    public override string Help => "Say what you mean in plain, literal words.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var phrases = WordLists.Idioms(page.Language);
        if (phrases.Count == 0) yield break;
        foreach (var sentence in page.Text.Sentences)
            foreach (var phrase in phrases)
                foreach (Match m in Regex.Matches(sentence.Text, PatternFor(phrase), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                    yield return Report(sentence.PositionOf(m.Index), $"\"{m.Value}\" is an idiom: readers may take it word for word.");
    }

    // Whole words, any spacing between them; a longer phrase is still found if a shorter one is listed too.
    private static string PatternFor(string phrase) =>
        @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
}
