using SiteGen.Multilingual.Checks;

namespace SiteGen.Checks;

/// <summary>
/// Whether what a site-wide check reads of a page is the same in two builds. A page taken whole from the previous
/// build holds the very same extracts, so a reference comparison settles nearly every page; the few checked again
/// are compared by value.
/// </summary>
public static class SameExtracts
{
    /// <summary>The same ids and the same links to fragments, at the same places: what the fragment check reads.</summary>
    public static bool ForFragments(CheckedPage a, CheckedPage b) =>
        ReferenceEquals(a, b) || ((ReferenceEquals(a.Ids, b.Ids) || a.Ids.SetEquals(b.Ids)) && a.Fragments.SequenceEqual(b.Fragments));

    /// <summary>What the accessibility site rules compare (the page's summary), and the same places for their findings.</summary>
    public static bool ForSiteRules(CheckedPage a, CheckedPage b) =>
        ReferenceEquals(a, b) || (a.Summary.Url == b.Summary.Url && a.Summary.Facts.SequenceEqual(b.Summary.Facts) && a.SummaryAt.SequenceEqual(b.SummaryAt));

    /// <summary>The same strings in the same order; the same string objects, as a kept document's are, settle it at once.</summary>
    public static bool Strings(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i], b[i]) && !string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// The same page in every respect the cross-page checks read but its markdown body. Front matter is compared by
    /// presence only: builds that share a <see cref="SiteCheckMemo"/> never differ in any page's front matter.
    /// </summary>
    public static bool ButBody(BuiltPage a, BuiltPage b) =>
        ReferenceEquals(a, b) || (a.File == b.File && a.Language == b.Language && a.Source == b.Source && Equals(a.Info, b.Info)
            && (a.FrontMatter is null) == (b.FrontMatter is null) && Facts(a.Html, b.Html));

    /// <summary>The same markdown body (or none in both).</summary>
    public static bool Body(BuiltPage a, BuiltPage b) => ReferenceEquals(a.Body, b.Body) || string.Equals(a.Body, b.Body, StringComparison.Ordinal);

    /// <summary>
    /// The same facts of a page's HTML. The lists are compared item by item, then the record as a whole with b's
    /// lists, so a fact added to <see cref="PageFacts"/> later is compared too (a list by reference: unequal, so
    /// checked again, never wrongly kept).
    /// </summary>
    public static bool Facts(PageFacts a, PageFacts b) =>
        ReferenceEquals(a, b) || (a.Alternates.SequenceEqual(b.Alternates) && a.Switcher.SequenceEqual(b.Switcher)
            && a.WelshLinks.SequenceEqual(b.WelshLinks, StringComparer.Ordinal) && a.Scripts.SequenceEqual(b.Scripts)
            && a with { Alternates = b.Alternates, Switcher = b.Switcher, WelshLinks = b.WelshLinks, Scripts = b.Scripts } == b);
}
