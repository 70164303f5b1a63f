using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.EasyRead.Glossary;
using SiteGen.Pipeline;

namespace SiteGen.EasyRead.Modules;

/// <summary>Reads each language's content/&lt;lang&gt;/glossary.yml once and gives it to that language's Easy Read pages.</summary>
public sealed class LoadGlossaries : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var glossaries = new Dictionary<string, Glossary.Glossary>(StringComparer.OrdinalIgnoreCase);
        Glossary.Glossary For(string language)
        {
            if (!glossaries.TryGetValue(language, out var glossary))
            {
                var display = $"content/{language}/{GlossaryLoader.FileName}";
                glossaries[language] = glossary = GlossaryLoader.Load(Path.Combine(context.Site.ContentPath, language, GlossaryLoader.FileName), display, context.Diagnostics);
            }
            return glossary;
        }

        return Task.FromResult(inputs.Select(d => d.Find(ContentKeys.Page) is { IsEasyRead: true } page ? d.With(EasyReadKeys.Glossary, For(page.Language)) : d).ToImmutableArray());
    }
}
