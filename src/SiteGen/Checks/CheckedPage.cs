using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks;

namespace SiteGen.Checks;

/// <summary>
/// What checking one page leaves once its DOM is dropped: the problems the page shows by itself, already
/// located, and what the site-wide checks compare across pages.
/// </summary>
/// <param name="Accessibility">The accessibility rules' findings, before ignores (they depend on the page's front matter, not its HTML).</param>
/// <param name="Problems">The link and multilingual checks' findings that the page shows by itself.</param>
/// <param name="Summary">What the accessibility site rules compare (titles).</param>
/// <param name="SummaryAt">For each site rule, where its finding on this page would point.</param>
/// <param name="Ids">The ids of the page's elements, which links to #fragments must name.</param>
/// <param name="Fragments">The page's links to parts of pages, checked once every page's ids are known.</param>
/// <param name="Language">What the multilingual checks compare across pages.</param>
/// <param name="ThemeSpots">Each element the theme wrote that a location above points at, and where it was found then.</param>
public sealed record CheckedPage(
    IReadOnlyList<Diagnostic> Accessibility,
    IReadOnlyList<Diagnostic> Problems,
    SitePage Summary,
    IReadOnlyList<SourceLocation> SummaryAt,
    IReadOnlySet<string> Ids,
    IReadOnlyList<FragmentLink> Fragments,
    PageFacts Language,
    IReadOnlyDictionary<ThemeSpot, SourceLocation> ThemeSpots)
{
    /// <summary>
    /// True when every theme element is still where it was found, so the kept locations hold after a layout
    /// edit; the findings themselves depend on the page's HTML only.
    /// </summary>
    public bool LocatedAsIn(SourceMapper mapper) => ThemeSpots.All(s => mapper.Locate(s.Key) == s.Value);
}
