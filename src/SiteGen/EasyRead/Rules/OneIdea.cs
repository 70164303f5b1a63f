using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// One idea a sentence (GOV.UK; W3C COGA "keep text succinct"): more than one linking word, a
/// semicolon, or a colon before the end usually means more than one idea.
/// </summary>
public sealed class OneIdea : ReadabilityRule
{
    private static readonly HashSet<string> LinkingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "so", "because", "which", "who", "although", "though", "while", "whilst", "when", "if", "unless", "whereas",
    };

    public override string Id => "ER002";
    public override string Name => "er-one-idea";
    public override Severity Severity => Severity.Warning;
    public override string Source => "W3C COGA o3p05; GOV.UK \"one idea and one verb per sentence\"";
    public override string Help => "Write each idea as its own sentence.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var sentence in page.Text.Sentences)
        {
            var links = sentence.Words.Where(w => LinkingWords.Contains(w.Text)).Select(w => w.Text.ToLowerInvariant()).ToList();
            var colon = sentence.Text.TrimEnd().TrimEnd(':').Contains(':');
            if (links.Count > 1)
                yield return Report(sentence.At, $"This sentence may hold more than one idea: it has {links.Count} linking words ({string.Join(", ", links)}).");
            else if (sentence.Text.Contains(';'))
                yield return Report(sentence.At, "This sentence has a semicolon, so it may hold more than one idea.");
            else if (colon)
                yield return Report(sentence.At, "This sentence has a colon in the middle, so it may hold more than one idea.");
        }
    }
}
