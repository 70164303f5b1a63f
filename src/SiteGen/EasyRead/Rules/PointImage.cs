using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>Every Easy Read point has a picture beside it (Department of Health rules 1-3; PIF; People First).</summary>
public sealed class PointImage : ReadabilityRule
{
    public override string Id => "ER017";
    public override string Name => "er-point-image";
    public override Severity Severity => Severity.Warning;
    public override string Source => "Department of Health rules 1-3; PIF Easy Read Matters; People First";
    public override string Help => "Start the paragraph with a picture that shows the idea: ![what it shows](../../images/pictograms/meeting.svg) Then the sentence.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page) =>
        page.Text.Points.Where(p => p.Picture is null)
            .Select(p => Report(p.At, "This text has no picture beside it."));
}
