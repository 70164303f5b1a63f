using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// A point's picture carries its meaning, so it needs alt text even where a picture elsewhere could be
/// decorative (WCAG 1.1.1; PIF). An empty alt not marked decorative is already an error (SG301).
/// </summary>
public sealed class ImageAlt : ReadabilityRule
{
    public override string Id => "ER018";
    public override string Name => "er-image-alt";
    public override Severity Severity => Severity.Error;
    public override string? Wcag => "1.1.1";
    public override string Source => "WCAG 1.1.1; PIF Easy Read Matters";
    public override string Help => "Say in a few words what the picture shows, between the brackets: ![2 people talking](...).";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page) =>
        page.Text.Points.Where(p => p.Picture is { Decorative: true, Alt.Length: 0 })
            .Select(p => Report(p.Picture!.At, $"The picture \"{p.Picture!.Url}\" beside this point is marked decorative and has no alt text."));
}
