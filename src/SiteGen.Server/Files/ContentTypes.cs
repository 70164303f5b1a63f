using Microsoft.AspNetCore.StaticFiles;

namespace SiteGen.Server.Files;

/// <summary>The Content-Type of each file the site publishes; text types say they are UTF-8, as the build writes them.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = CreateProvider();

    public static string Of(string fileName)
    {
        if (!Known.TryGetContentType(fileName, out var type)) return "application/octet-stream";
        var isText = type.StartsWith("text/", StringComparison.Ordinal)
            || type is "application/javascript" or "application/json" or "image/svg+xml" or "application/xml" or "application/manifest+json";
        return isText ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        // Files the build writes that the stock table lacks or names differently.
        provider.Mappings[".ics"] = "text/calendar";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".js"] = "application/javascript";
        return provider;
    }
}
