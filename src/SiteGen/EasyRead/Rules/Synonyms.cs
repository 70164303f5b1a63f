using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// The same word for the same thing (Inclusion Europe 9): a glossary word and one of the synonyms
/// listed with it (glossary.yml <c>synonyms:</c>) on one page leave readers wondering whether they are
/// two things. Reported once a word, where the page first uses the synonym.
/// </summary>
public sealed class Synonyms : ReadabilityRule
{
    public override string Id => "ER027";
    public override string Name => "er-synonyms";
    public override Severity Severity => Severity.Info;
    public override string Source => "Inclusion Europe \"Information for all\" 9; Plain Language Association International";
    public override string Help => "Use one word for one thing all through the page.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var sentences = page.Text.Sentences.ToList();
        foreach (var entry in page.Glossary.Entries.Where(e => e.Synonyms.Count > 0))
        {
            if (!sentences.Any(s => page.GlossaryWordsIn(s).Any(m => m.Entry == entry))) continue;
            foreach (var synonym in entry.Synonyms)
                foreach (var sentence in sentences)
                    if (Glossary.Glossary.IndexesOf(synonym, sentence.Text).Cast<int?>().FirstOrDefault() is { } at)
                    {
                        yield return Report(sentence.PositionOf(at), $"\"{synonym}\" and \"{entry.Term}\" mean the same thing on this page.");
                        break;
                    }
        }
    }
}
