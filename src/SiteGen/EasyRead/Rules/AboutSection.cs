using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// An Easy Read document begins with an introduction: who wrote it, what it is about, that hard
/// words are explained. One of the first 2 sections has an "About this ..." or "Introduction" heading
/// (<see cref="SectionNames"/>). Languages with no section names listed are not checked.
/// </summary>
public sealed class AboutSection : ReadabilityRule
{
    public const int WithinFirstSections = 2;

    public override string Id => "ER029";
    public override string Name => "er-about-section";
    public override Severity Severity => Severity.Warning;
    public override string Source => "Easy Read Online \"every Easy Read document begins with an introduction\"; PIF Easy Read Matters";
    public override string Help => "Start with a section such as \"## About this report\" that says who wrote it, what it is about, and that hard words are in bold.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var phrases = SectionNames.For(SectionNames.About, page.Language);
        if (phrases.Length == 0) yield break;
        var sections = page.Text.Sections;
        if (sections.Take(WithinFirstSections).Any(h => SectionNames.Names(h.Text, phrases))) yield break;
        yield return Report(sections.Count > 0 ? sections[0].At : page.Text.Sentences.First().At,
            $"Neither of the first {WithinFirstSections} sections is about this document (a heading like \"{phrases[0]} ...\").");
    }
}
