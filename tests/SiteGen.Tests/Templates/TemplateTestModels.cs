using SiteGen.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>The smallest page model a test layout renders.</summary>
internal static class TemplateTestModels
{
    public static PageModel Page(string title) => new()
    {
        Site = new SiteModel
        {
            Title = "Site",
            TitleLanguage = "en",
            Description = "",
            Language = "en",
            Direction = "ltr",
            HomeUrl = "/",
            StylesheetUrl = "/site.css",
            Navigation = [],
            Strings = new UiStrings(new TextLanguage("en", "ltr"), new Dictionary<string, UiString>(), new TextLanguage("en", "ltr"), new Dictionary<string, UiString>()),
        },
        Title = title,
        DocumentTitle = title + " – Site",
        Url = "/a/",
        CanonicalUrl = "https://example.org/a/",
        Layout = "page",
    };
}
