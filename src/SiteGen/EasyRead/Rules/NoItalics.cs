using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;

namespace SiteGen.EasyRead.Rules;

/// <summary>Italics are hard to read: Easy Read emphasises with bold (People First; RNIB Clear Print).</summary>
public sealed class NoItalics : ReadabilityRule
{
    public override string Id => "ER015";
    public override string Name => "er-no-italics";
    public override Severity Severity => Severity.Warning;
    public override string Source => "People First Easy Read standards; RNIB Clear Print";
    public override string Help => "Use bold instead: **two stars** on each side, not one.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page) =>
        page.Text.Emphasis.Where(e => e.Kind == EmphasisKind.Italic)
            .Select(e => Report(e.At, $"\"{e.Text}\" is in italics."));
}
