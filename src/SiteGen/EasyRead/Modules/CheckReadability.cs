using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Checks;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;
using SiteGen.EasyRead.Readability;
using SiteGen.EasyRead.Rules;
using SiteGen.Pipeline;

namespace SiteGen.EasyRead.Modules;

/// <summary>
/// Measures how easy each page is to read, from its markdown. Easy Read pages go through every
/// Easy Read rule; every page gets its readability figures as information; an English page that
/// reads above grade 9 and has no Easy Read version gets a warning suggesting one (WCAG 3.1.5).
/// Figures need a passage of 100 words or more, so shorter pages get none.
/// </summary>
public sealed class CheckReadability : SyncPerDocumentModule
{
    /// <summary>Grade 9 is the end of lower secondary school, WCAG 3.1.5's line for needing an easier version.</summary>
    public const double StandardPageMaxGrade = 9;

    private HashSet<(string Language, string Key)> easyReadVersions = [];
    private IReadOnlySet<string> knownAbbreviations = new HashSet<string>();

    protected override void Prepare(ImmutableArray<Document> inputs, BuildContext context)
    {
        easyReadVersions = inputs.Select(d => d.Find(ContentKeys.Page)).OfType<PageInfo>()
            .Where(p => p.IsEasyRead)
            .Select(p => (p.Language, p.TranslationKey[..^PageInfo.EasyReadSuffix.Length]))
            .ToHashSet();
        knownAbbreviations = Accessibility.Abbreviations.Common.Concat(context.Site.Config.Abbreviations.Keys)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    protected override Document? Process(Document document, BuildContext context)
    {
        if (document.Find(ContentKeys.Page) is not { } page) return document;
        var text = EasyReadParser.Parse(document.Content, page.BodyFirstLine);
        if (!text.Sentences.Any()) return document;
        var frontMatter = document.Find(ContentKeys.FrontMatter);
        var readability = new ReadabilityPage
        {
            Text = text,
            Language = page.Language,
            Glossary = document.Find(EasyReadKeys.Glossary) ?? Glossary.Glossary.Empty,
            KnownAbbreviations = knownAbbreviations,
            Review = frontMatter?.Review,
            ReviewAt = new MarkdownPosition(frontMatter?.LineOf("review") ?? 1, 1),
        };
        var stats = readability.Statistics;
        var start = new SourceLocation(document.Source, text.Sentences.First().At.Line, 1);
        // Figures are compared as shown (one decimal), so a page shown at grade 9.0 is not called harder than 9.
        // Easy Read pages in a language without a formula get their figures from er-metrics-uncalibrated.
        if (stats.Measurable && (readability.IsEnglish || !page.IsEasyRead))
            context.Diagnostics.Add(new Diagnostic(Severity.Info, Codes.ReadabilityFigures, Figures(stats, readability.IsEnglish), start));

        if (page.IsEasyRead)
        {
            var ignoresUsed = new HashSet<(string Source, string Entry)>();
            foreach (var finding in ReadabilityRules.Check(readability))
            {
                // Easy Read rules are switched off the way accessibility rules are (accessibility: ignore).
                if (Ignores.Find(context.Site.Config, document, finding.RuleId, finding.RuleName) is { } ignore)
                {
                    ignoresUsed.Add(ignore);
                    continue;
                }
                var level = context.Site.Config.AccessibilityLevel;
                var severity = Severities.AtLevel(finding.Severity, finding.Wcag, level);
                var at = new SourceLocation(document.Source, finding.At.Line, finding.At.Column);
                context.Diagnostics.Add(new Diagnostic(severity, finding.RuleId, finding.Message, at)
                {
                    RuleName = finding.RuleName,
                    Wcag = finding.Wcag,
                });
            }
            if (ignoresUsed.Count > 0) return document.With<IReadOnlySet<(string, string)>>(EasyReadKeys.IgnoresUsed, ignoresUsed);
        }
        else if (readability.IsEnglish && stats.Measurable && Math.Round(stats.FleschKincaidGrade, 1) > StandardPageMaxGrade && !easyReadVersions.Contains((page.Language, page.TranslationKey)))
            context.Diagnostics.Add(new Diagnostic(Severity.Warning, Codes.ReadingLevelHigh,
                string.Create(CultureInfo.InvariantCulture,
                    $"This page reads at Flesch–Kincaid grade {stats.FleschKincaidGrade:0.0}, harder than grade {StandardPageMaxGrade:0} (the end of lower secondary school). Use shorter sentences and everyday words, or write an Easy Read version beside it: {Path.GetFileNameWithoutExtension(document.Source)}.easy-read.md (WCAG 3.1.5)."),
                start) { Wcag = "3.1.5" });
        return document;
    }

    private static string Figures(TextStatistics stats, bool english) => english
        ? string.Create(CultureInfo.InvariantCulture,
            $"Readability: Flesch Reading Ease {stats.FleschReadingEase:0.0}, Flesch–Kincaid grade {stats.FleschKincaidGrade:0.0} ({stats.Words} words, {stats.Sentences} sentences, {stats.WordsPerSentence:0.0} words a sentence).")
        : string.Create(CultureInfo.InvariantCulture,
            $"Readability: {stats.WordsPerSentence:0.0} words a sentence, LIX {stats.Lix:0} ({stats.Words} words, {stats.Sentences} sentences; no calibrated formula for this language).");
}
