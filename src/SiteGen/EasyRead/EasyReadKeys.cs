using SiteGen.Pipeline;

namespace SiteGen.EasyRead;

/// <summary>Metadata the Easy Read modules attach to page documents.</summary>
public static class EasyReadKeys
{
    /// <summary>The glossary of the page's language, on Easy Read pages.</summary>
    public static readonly MetadataKey<Glossary.Glossary> Glossary = new("glossary");

    /// <summary>
    /// The ignores (where written, and the rule named) that switched off an Easy Read finding on the
    /// page, so the accessibility checks, which report ignores that hide nothing, know they were needed.
    /// </summary>
    public static readonly MetadataKey<IReadOnlySet<(string Source, string Entry)>> IgnoresUsed = new("easyReadIgnoresUsed");
}
