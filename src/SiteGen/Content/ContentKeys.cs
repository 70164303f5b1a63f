using SiteGen.Pipeline;

namespace SiteGen.Content;

/// <summary>Metadata the content modules attach to page documents.</summary>
public static class ContentKeys
{
    public static readonly MetadataKey<FrontMatter.FrontMatter> FrontMatter = new("frontMatter");
    public static readonly MetadataKey<PageInfo> Page = new("page");
}
