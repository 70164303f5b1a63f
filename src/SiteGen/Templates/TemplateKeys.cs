using SiteGen.Pipeline;

namespace SiteGen.Templates;

/// <summary>Metadata the template modules attach to documents.</summary>
public static class TemplateKeys
{
    /// <summary>The view model a document is rendered with; a document without one is not rendered.</summary>
    public static readonly MetadataKey<PageModel> Model = new("model");
}
