using SiteGen.Accessibility;

namespace SiteGen.Benchmarks;

/// <summary>The HTML pages of a built site, in a fixed order, as the cost benchmarks read them.</summary>
public static class BuiltPages
{
    /// <summary>The check options of the corpus and sample sites, whose languages are English, Welsh and Urdu.</summary>
    public static CheckOptions Options { get; } =
        new() { Languages = new HashSet<string>(["en", "cy", "ur"], StringComparer.OrdinalIgnoreCase) };

    /// <summary>Every page under the folder with its site address, ordered so that runs compare.</summary>
    public static List<(string Url, string Html)> Read(string siteFolder) =>
        Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (Url: "/" + Path.GetRelativePath(siteFolder, file), Html: File.ReadAllText(file)))
            .ToList();
}
