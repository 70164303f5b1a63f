using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Nouns, not pronouns ("The doctor will phone your brother", not "They will phone him"): a sentence
/// that starts with a pronoun whose noun the previous sentence cannot hold. Without a grammar the
/// noun cannot be found, so two cases are reported: no previous sentence in the same section (the
/// first sentence of the page or after a heading), or a previous sentence that itself starts with a
/// pronoun, so the noun is 2 or more sentences back. "This", "these" and "those" count only when a
/// verb follows ("This is ..."), not before a noun ("These groups ..."). English only.
/// </summary>
public sealed class PronounStart : ReadabilityRule
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "him", "her", "them" };
    private static readonly HashSet<string> Demonstratives = new(StringComparer.OrdinalIgnoreCase) { "this", "these", "those", "that" };

    // Verbs that make a demonstrative the subject ("This is", "These were"), not a word before a noun.
    private static readonly HashSet<string> FollowingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had", "does", "do", "did", "means", "meant", "helps", "helped", "shows", "showed", "may", "might", "should", "must",
    };

    public override string Id => "ER028";
    public override string Name => "er-pronoun-start";
    public override Severity Severity => Severity.Info;
    public override string Source => "PIF Easy Read Matters \"use nouns instead of pronouns\"";
    public override string Help => "Name the person or thing again instead of using a pronoun.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        if (!page.IsEnglish) yield break;
        Sentence? previous = null;
        foreach (var sentence in page.Text.Sentences)
        {
            var sameSection = previous is not null && !page.Text.Headings.Any(h => IsBetween(h.At, previous.At, sentence.At));
            if (StartingPronoun(sentence) is { } pronoun && (!sameSection || StartingPronoun(previous!) is not null))
                yield return Report(sentence.At, sameSection
                    ? $"This sentence starts with \"{pronoun}\", and so does the one before it: readers may not know who or what it means."
                    : $"This sentence starts with \"{pronoun}\", but no sentence before it in this part says who or what that is.");
            previous = sentence;
        }
    }

    /// <summary>The pronoun the sentence starts with, or null.</summary>
    public static string? StartingPronoun(Sentence sentence)
    {
        if (sentence.Words.Count == 0) return null;
        var first = sentence.Words[0].Text;
        if (Pronouns.Contains(first)) return first;
        if (Demonstratives.Contains(first) && (sentence.Words.Count == 1 || FollowingVerbs.Contains(sentence.Words[1].Text))) return first;
        return null;
    }

    private static bool IsBetween(MarkdownPosition heading, MarkdownPosition before, MarkdownPosition after) =>
        (heading.Line, heading.Column).CompareTo((before.Line, before.Column)) > 0 && (heading.Line, heading.Column).CompareTo((after.Line, after.Column)) < 0;
}
