using SiteGen.Content.FrontMatter;
using SiteGen.EasyRead.Glossary;
using SiteGen.EasyRead.Model;
using SiteGen.EasyRead.Rules;

namespace SiteGen.Tests.EasyRead;

/// <summary>Builds what the rules see from a markdown body, and runs one rule over it.</summary>
internal static class EasyReadPages
{
    public const string PictureFirst = "![2 people talking](talk.svg) ";

    public static ReadabilityPage Of(string markdown, string language = "en", Glossary? glossary = null, ReviewRecord? review = null) => new()
    {
        Review = review,
        Text = EasyReadParser.Parse(markdown),
        Language = language,
        Glossary = glossary ?? new Glossary([new GlossaryEntry("lived experience", "Knowing about something because it happened to you.", 1)]),
        KnownAbbreviations = SiteGen.Accessibility.Abbreviations.Common,
    };

    public static IReadOnlyList<ReadabilityFinding> Check<TRule>(string markdown, string language = "en") where TRule : ReadabilityRule, new() =>
        new TRule().Check(Of(markdown, language)).ToList();
}
