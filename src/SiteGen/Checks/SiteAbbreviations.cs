using SiteGen.Diagnostics;
using SiteGen.EasyRead.Glossary;
using SiteGen.Pipeline;

namespace SiteGen.Checks;

/// <summary>
/// The acronyms a site explains for itself, which abbr-first-use then takes as known: the keys of site.yml's
/// <c>abbreviations:</c> map and the acronyms (single words with two or more capitals) of each language's glossary.yml.
/// </summary>
public static class SiteAbbreviations
{
    public static IReadOnlySet<string> Of(BuildContext context)
    {
        var known = new HashSet<string>(context.Site.Config.Abbreviations.Keys, StringComparer.Ordinal);
        foreach (var language in context.Site.Config.Languages)
        {
            var path = Path.Combine(context.Site.ContentPath, language.Code, GlossaryLoader.FileName);
            // A glossary's own mistakes are reported where its Easy Read pages load it, not a second time here.
            var glossary = GlossaryLoader.Load(path, path, new DiagnosticBag());
            known.UnionWith(glossary.Entries.Select(e => e.Term).Where(IsAcronym));
        }
        return known;
    }

    private static bool IsAcronym(string term) => !term.Any(char.IsWhiteSpace) && term.Count(char.IsUpper) >= 2;
}
