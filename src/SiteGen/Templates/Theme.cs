using SiteGen.Yaml;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Templates;

/// <summary>A theme folder: layouts/*.cshtml, assets/ and i18n/&lt;lang&gt;.yml.</summary>
public sealed class Theme(string path)
{
    public string Path { get; } = path;
    public string LayoutsPath => System.IO.Path.Combine(Path, "layouts");
    public string AssetsPath => System.IO.Path.Combine(Path, "assets");

    /// <summary>
    /// The site's own themes/&lt;name&gt; if it has one; otherwise, for the default theme, the copy
    /// shipped beside the program, so a site root without themes/ still builds.
    /// </summary>
    public static string? Locate(string siteRoot, string name)
    {
        var own = System.IO.Path.Combine(siteRoot, "themes", name);
        if (Directory.Exists(own)) return own;
        var shipped = System.IO.Path.Combine(AppContext.BaseDirectory, "themes", name);
        return Directory.Exists(shipped) ? shipped : null;
    }

    /// <summary>How diagnostics name the theme folder: site-relative, or themes/&lt;name&gt; for the theme shipped with SiteGen.</summary>
    public string DisplayPath(string siteRoot)
    {
        var relative = System.IO.Path.GetRelativePath(siteRoot, Path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? "themes/" + System.IO.Path.GetFileName(Path) : relative;
    }

    /// <summary>The display path of a file inside the theme.</summary>
    public string DisplayPathOf(string siteRoot, string file) =>
        DisplayPath(siteRoot) + "/" + System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/');

    /// <remarks>A name is one file in layouts/: a path could make RazorLight compile a file from anywhere on the disk.</remarks>
    public bool HasLayout(string layout) => layout.IndexOfAny(['/', '\\', ':']) < 0 && !layout.StartsWith('.') && File.Exists(System.IO.Path.Combine(LayoutsPath, layout + ".cshtml"));

    /// <summary>The interface strings of one language, falling back to the default language's.</summary>
    public UiStrings Strings(string language, string defaultLanguage, string themeRelativePath, DiagnosticBag diagnostics)
    {
        var own = ReadStrings(language, themeRelativePath, diagnostics);
        var fallback = language == defaultLanguage ? own : ReadStrings(defaultLanguage, themeRelativePath, diagnostics);
        return new UiStrings(own, fallback);
    }

    private Dictionary<string, string> ReadStrings(string language, string themeRelativePath, DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = System.IO.Path.Combine(Path, "i18n", language + ".yml");
        if (!File.Exists(file)) return strings;
        var display = $"{themeRelativePath}/i18n/{language}.yml";
        if (YamlLoader.Load(File.ReadAllText(file), display, 0, diagnostics, Codes.SiteConfigInvalid) is YamlMappingNode map)
            foreach (var (k, v) in map.Children)
                if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: { } value })
                    strings[key] = value;
        return strings;
    }
}
