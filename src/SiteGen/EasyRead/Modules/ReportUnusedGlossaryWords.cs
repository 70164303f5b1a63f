using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.EasyRead.Glossary;
using SiteGen.EasyRead.Model;
using SiteGen.Pipeline;

namespace SiteGen.EasyRead.Modules;

/// <summary>
/// er-word-list-unused: a glossary word that no Easy Read page of its language uses is reported as
/// information at its line in glossary.yml, so the list stays the words readers meet. One glossary
/// serves every page of a language, so a word is only unused when no page uses it.
/// </summary>
public sealed class ReportUnusedGlossaryWords : IModule
{
    public const string RuleName = "er-word-list-unused";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = inputs.Where(d => d.Find(ContentKeys.Page) is { IsEasyRead: true } && d.Find(EasyReadKeys.Glossary) is not null)
            .GroupBy(d => d.Get(ContentKeys.Page).Language, StringComparer.OrdinalIgnoreCase);
        foreach (var language in pages)
        {
            var glossary = language.First().Get(EasyReadKeys.Glossary);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var page in language)
                foreach (var sentence in EasyReadParser.Parse(page.Content, page.Get(ContentKeys.Page).BodyFirstLine).Sentences)
                    foreach (var match in glossary.Find(sentence.Text))
                        used.Add(match.Entry.Term);
            foreach (var entry in glossary.Entries.Where(e => !used.Contains(e.Term)).OrderBy(e => e.Line))
                context.Diagnostics.Add(new Diagnostic(Severity.Info, Codes.GlossaryWordUnused,
                    $"No Easy Read page in this language uses \"{entry.Term}\". Remove it from the glossary, or check the pages spell it the same way.",
                    new SourceLocation($"content/{language.Key}/{GlossaryLoader.FileName}", entry.Line, 1)) { RuleName = RuleName });
        }
        return Task.FromResult(inputs);
    }
}
