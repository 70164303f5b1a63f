using SiteGen.Yaml;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Templates;

/// <summary>A theme folder: layouts/*.cshtml, assets/ and i18n/&lt;lang&gt;.yml.</summary>
/// <param name="fingerprintAssets">Whether asset file names carry a content hash (every build but the preview).</param>
public sealed class Theme(string path, bool fingerprintAssets = true)
{
    public string Path { get; } = path;
    public string LayoutsPath => System.IO.Path.Combine(Path, "layouts");
    public string AssetsPath => System.IO.Path.Combine(Path, "assets");

    private readonly Lazy<Output.AssetManifest> assets = new(() => Output.AssetManifest.Build(System.IO.Path.Combine(path, "assets"), fingerprintAssets));

    /// <summary>The assets/ folder's files and the fingerprinted names they are published under; read once per build.</summary>
    public Output.AssetManifest Assets => assets.Value;

    /// <summary>
    /// The site's own themes/&lt;name&gt; if it has one; otherwise, for the default theme, the copy
    /// shipped beside the program, so a site root without themes/ still builds.
    /// </summary>
    public static string? Locate(string siteRoot, string name)
    {
        var own = System.IO.Path.Combine(siteRoot, "themes", name);
        return Directory.Exists(own) ? own : Shipped(name);
    }

    /// <summary>The copy of a theme shipped beside the program, if there is one.</summary>
    public static string? Shipped(string name)
    {
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
    public UiStrings Strings(TextLanguage language, TextLanguage defaultLanguage, string themeRelativePath, DiagnosticBag diagnostics)
    {
        var own = ReadRegionalStrings(language.Code, themeRelativePath, diagnostics);
        var fallback = language.Code == defaultLanguage.Code
            ? own
            : ReadRegionalStrings(defaultLanguage.Code, themeRelativePath, diagnostics);
        return new UiStrings(language, own, defaultLanguage, fallback);
    }

    /// <summary>
    /// A regional language's strings over its parent's: en-US reads en.yml, then en-US.yml for what differs,
    /// so a site in en-US shows the theme's English rather than raw keys. The text is the same language,
    /// so it needs no lang mark.
    /// </summary>
    private Dictionary<string, UiString> ReadRegionalStrings(string language, string themeRelativePath,
        DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, UiString>(StringComparer.Ordinal);
        foreach (var code in ParentsFirst(language))
            foreach (var (key, value) in ReadStrings(code, themeRelativePath, diagnostics))
                strings[key] = value;
        return strings;
    }

    /// <summary>"zh-Hant-TW" gives zh, zh-Hant, zh-Hant-TW.</summary>
    private static IEnumerable<string> ParentsFirst(string language)
    {
        var parts = language.Split('-');
        for (var i = 1; i <= parts.Length; i++) yield return string.Join('-', parts[..i]);
    }

    /// <summary>The i18n file of a language, as diagnostics name it.</summary>
    public static string StringsFile(string themeRelativePath, string language) => $"{themeRelativePath}/i18n/{language}.yml";

    /// <summary>The 1-based line of each key in a language's i18n file, for diagnostics; empty when there is no file.</summary>
    public IReadOnlyDictionary<string, int> StringLines(string language)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var file = System.IO.Path.Combine(Path, "i18n", language + ".yml");
        if (!File.Exists(file)) return lines;
        var yaml = new YamlStream();
        try { yaml.Load(new StringReader(File.ReadAllText(file))); }
        catch (YamlDotNet.Core.YamlException) { return lines; }
        if (yaml.Documents.FirstOrDefault()?.RootNode is YamlMappingNode map)
            foreach (var (k, _) in map.Children)
                if (k is YamlScalarNode { Value: { } key }) lines[key] = (int)k.Start.Line;
        return lines;
    }

    private Dictionary<string, UiString> ReadStrings(string language, string themeRelativePath, DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, UiString>(StringComparer.Ordinal);
        var file = System.IO.Path.Combine(Path, "i18n", language + ".yml");
        if (!File.Exists(file)) return strings;
        var display = StringsFile(themeRelativePath, language);
        if (YamlLoader.Load(File.ReadAllText(file), display, 0, diagnostics, Codes.SiteConfigInvalid) is YamlMappingNode map)
            foreach (var (k, v) in map.Children)
            {
                if (k is not YamlScalarNode { Value: { } key }) continue;
                if (v is YamlScalarNode { Value: { } value })
                    strings[key] = new UiString(value);
                // A string with a count: one text per CLDR plural category (one: "{0} page", other: "{0} pages").
                else if (v is YamlMappingNode forms)
                {
                    var byCategory = forms.Children
                        .Where(f => f.Key is YamlScalarNode { Value: not null } && f.Value is YamlScalarNode { Value: not null })
                        .ToDictionary(f => ((YamlScalarNode)f.Key).Value!, f => ((YamlScalarNode)f.Value).Value!, StringComparer.Ordinal);
                    strings[key] = new UiString(byCategory.GetValueOrDefault("other") ?? byCategory.Values.FirstOrDefault() ?? key, byCategory);
                }
            }
        return strings;
    }
}
