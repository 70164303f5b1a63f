using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// An Easy Read document ends with how to get in touch, ask for other formats or find out more: the
/// last or next-to-last section has a heading like "Contact us" or "Find out more"
/// (<see cref="SectionNames"/>). Languages with no section names listed are not checked.
/// </summary>
public sealed class ContactSection : ReadabilityRule
{
    public const int WithinLastSections = 2;

    public override string Id => "ER030";
    public override string Name => "er-contact-section";
    public override Severity Severity => Severity.Warning;
    public override string Source => "PIF Easy Read Matters \"introduction, content, contact details\"";
    public override string Help => "End with a section such as \"## Find out more\" that says how to get in touch and ask for other formats.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var phrases = SectionNames.For(SectionNames.Contact, page.Language);
        if (phrases.Length == 0) yield break;
        var sections = page.Text.Sections;
        if (sections.TakeLast(WithinLastSections).Any(h => SectionNames.Names(h.Text, phrases))) yield break;
        yield return Report(sections.Count > 0 ? sections[^1].At : page.Text.Sentences.First().At,
            $"Neither of the last {WithinLastSections} sections says how to get in touch (a heading like \"{phrases[0]} ...\").");
    }
}
