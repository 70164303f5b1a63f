using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;

namespace SiteGen.EasyRead.Rules;

/// <summary>Underlining is kept for links; as emphasis it is hard to read (People First; RNIB Clear Print).</summary>
public sealed class NoUnderline : ReadabilityRule
{
    public override string Id => "ER016";
    public override string Name => "er-no-underline";
    public override Severity Severity => Severity.Warning;
    public override string Source => "People First Easy Read standards; RNIB Clear Print";
    public override string Help => "Use bold instead: **two stars** on each side.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page) =>
        page.Text.Emphasis.Where(e => e.Kind == EmphasisKind.Underline)
            .Select(e => Report(e.At, $"{e.Text} underlines text that is not a link."));
}
