using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>Each sentence starts on a new line: one sentence a paragraph or list item (Selkokeskus: each content entity on its own row).</summary>
public sealed class SentencePerLine : ReadabilityRule
{
    public override string Id => "ER004";
    public override string Name => "er-sentence-per-line";
    public override Severity Severity => Severity.Warning;
    public override string Source => "Selkokeskus layout of Easy Language publications";
    public override string Help => "Put each sentence in its own paragraph, with a blank line between them.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        foreach (var block in page.Text.Blocks)
            if (block.Sentences.Count > 1)
                yield return Report(block.Sentences[1].At, $"This {(block.Kind == Model.TextBlockKind.ListItem ? "list item" : "paragraph")} has {block.Sentences.Count} sentences.");
    }
}
