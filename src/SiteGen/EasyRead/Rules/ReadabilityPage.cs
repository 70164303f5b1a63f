using SiteGen.Content.FrontMatter;
using SiteGen.EasyRead.Model;
using SiteGen.EasyRead.Readability;

namespace SiteGen.EasyRead.Rules;

/// <summary>What the readability rules see of one Easy Read page: its text, language, glossary and the abbreviations readers know.</summary>
public sealed class ReadabilityPage
{
    public required EasyReadText Text { get; init; }

    /// <summary>BCP 47 code of the page's language.</summary>
    public required string Language { get; init; }

    public Glossary.Glossary Glossary { get; init; } = EasyRead.Glossary.Glossary.Empty;

    /// <summary>Who checked the page with its readers (front matter <c>review:</c>), if anyone did.</summary>
    public ReviewRecord? Review { get; init; }

    /// <summary>Where findings about the review record point: its front matter line, or line 1 when there is none.</summary>
    public MarkdownPosition ReviewAt { get; init; } = new(1, 1);

    /// <summary>Abbreviations that need no explanation: the common list and site.yml's.</summary>
    public IReadOnlySet<string> KnownAbbreviations { get; init; } = new HashSet<string>();

    /// <summary>Syllables, and so the Flesch formulas, are only calibrated for English.</summary>
    public bool IsEnglish => Language.Equals("en", StringComparison.OrdinalIgnoreCase) || Language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Counts for the formulas over the body text: paragraphs and list items, not headings or alt
    /// text, and without proper names, as WCAG 3.1.5 measures reading level.
    /// </summary>
    public TextStatistics Statistics => statistics ??= CountWithoutProperNames();
    private TextStatistics? statistics;

    private TextStatistics CountWithoutProperNames()
    {
        var tally = new TextStatistics.Tally();
        foreach (var sentence in Text.Sentences)
        {
            foreach (var word in sentence.Words)
                if (!IsProperName(word)) tally.Add(word.Text);
            tally.EndSentence();
        }
        return tally.Statistics;
    }

    /// <summary>
    /// Words the page writes with a capital letter in the middle of a sentence: names of people,
    /// places and organisations, which readability checks leave alone (WCAG 3.1.5 leaves out proper names).
    /// </summary>
    public IReadOnlySet<string> ProperNames => properNames ??= Text.Sentences
        .SelectMany(s => s.Words.Where(w => !w.StartsSentence && w.Text.Length > 1 && char.IsUpper(w.Text[0])).Select(w => w.Text))
        .ToHashSet(StringComparer.Ordinal);
    private IReadOnlySet<string>? properNames;

    /// <summary>True for a capitalised word the page also capitalises mid-sentence, or any capitalised word not starting its sentence.</summary>
    public bool IsProperName(Word word) =>
        word.Text.Length > 1 && char.IsUpper(word.Text[0]) && (!word.StartsSentence || ProperNames.Contains(word.Text));

    /// <summary>Glossary words in a sentence.</summary>
    public IReadOnlyList<Glossary.GlossaryMatch> GlossaryWordsIn(Sentence sentence) => Glossary.Find(sentence.Text);
}
