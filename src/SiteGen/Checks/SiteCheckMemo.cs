using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks;
using SiteGen.Pipeline;

namespace SiteGen.Checks;

/// <summary>
/// What the check phase of the latest build of a preview left, so that the next build compares only what changed.
/// It lives while rebuilds reuse documents (<see cref="Reuse.Unchanging{T}"/>): no site setting, interface string,
/// stylesheet, front matter or file list differs between the builds that share it, so a page's result and each
/// site-wide check's findings follow from the pages' HTML and markdown alone.
/// </summary>
/// <remarks>
/// Every value it hands out is keyed by the very inputs it came from (the same document, or extracts equal to the
/// kept ones), so a build that failed or was cancelled after updating it leaves nothing wrong behind.
/// </remarks>
public sealed class SiteCheckMemo
{
    /// <summary>The name it is kept under between builds.</summary>
    public const string Key = "checks.site";

    /// <summary>The latest build's check phase, or null before the first.</summary>
    internal SiteCheckSnapshot? Latest { get; set; }
}

/// <summary>One build's check phase: its pages, in order, with what checking them found, and the site-wide checks' findings.</summary>
/// <param name="Pages">The HTML pages checked, in the order they were checked.</param>
/// <param name="Keys">Each page's key in the page check cache.</param>
/// <param name="Checked">What checking each page left.</param>
/// <param name="Built">Each page as the multilingual checks saw it.</param>
/// <param name="Content">The content pipeline's documents the markdown bodies were taken from.</param>
/// <param name="Bodies">Each markdown page's body, by source.</param>
/// <param name="Fragments">The fragment check's findings.</param>
/// <param name="Hreflang">The hreflang check's findings.</param>
/// <param name="Rules">Each multilingual rule's cross-page findings, with the index of the page each is on (-1 for none).</param>
/// <param name="Destinations">Every file the build wrote, in the order of its documents.</param>
/// <param name="Written">The same files as a set, which the link check and the check inputs' key read.</param>
/// <param name="SiteFindings">The accessibility site rules' findings, before ignores.</param>
/// <param name="PageIgnores">What the report of unused ignores read of the pages.</param>
internal sealed record SiteCheckSnapshot(
    IReadOnlyList<Document> Pages,
    string?[] Keys,
    CheckedPage[] Checked,
    BuiltPage[] Built,
    ImmutableArray<Document> Content,
    Dictionary<string, string> Bodies,
    IReadOnlyList<Diagnostic> Fragments,
    IReadOnlyList<Diagnostic> Hreflang,
    IReadOnlyDictionary<LanguageRule, IReadOnlyList<(LanguageFinding Finding, int Page)>> Rules,
    string[] Destinations,
    IReadOnlySet<string> Written,
    IReadOnlyList<SiteGen.Accessibility.SiteRuleFinding> SiteFindings,
    PageIgnores PageIgnores)
{
    /// <summary>True when the page at <paramref name="index"/> is the very document checked at the same place last time.</summary>
    public bool SameDocumentAt(int index, Document page) => index < Pages.Count && ReferenceEquals(Pages[index], page);
}
