using SiteGen.Pipeline;

namespace SiteGen.EasyRead;

/// <summary>Metadata the Easy Read modules attach to page documents.</summary>
public static class EasyReadKeys
{
    /// <summary>The glossary of the page's language, on Easy Read pages.</summary>
    public static readonly MetadataKey<Glossary.Glossary> Glossary = new("glossary");
}
