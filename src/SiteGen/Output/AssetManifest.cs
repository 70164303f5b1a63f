using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Output;

/// <summary>One theme file as published: its fingerprinted path, and its text when references inside it were rewritten.</summary>
/// <param name="PublishedPath">Path under assets/ with the content hash in the name: "css/site.3f2a9c1b7d.css".</param>
/// <param name="File">Absolute path of the theme's file.</param>
/// <param name="RewrittenText">The stylesheet with url() references to other theme files fingerprinted; null when the file is copied as it is.</param>
public sealed record FingerprintedAsset(string PublishedPath, string File, string? RewrittenText);

/// <summary>
/// The theme's assets/ folder with a short content hash in every file name (site.css → site.3f2a9c1b7d.css),
/// so hosts can let browsers keep each file for a year: a changed file gets a new name.
/// </summary>
public sealed partial class AssetManifest
{
    /// <summary>Hex digits of the SHA-256 kept in a name: enough that two versions of a file never share one.</summary>
    public const int HashLength = 10;

    private readonly FrozenDictionary<string, FingerprintedAsset> _assets;

    private AssetManifest(FrozenDictionary<string, FingerprintedAsset> assets) => _assets = assets;

    /// <summary>Every file, by its path under assets/ as the theme names it ("css/site.css").</summary>
    public IReadOnlyDictionary<string, FingerprintedAsset> Assets => _assets;

    /// <param name="fingerprint">False in the preview: plain names let live reload swap an edited stylesheet in place.</param>
    public static AssetManifest Build(string assetsRoot, bool fingerprint = true)
    {
        if (!Directory.Exists(assetsRoot)) return new AssetManifest(FrozenDictionary<string, FingerprintedAsset>.Empty);
        var files = Directory.EnumerateFiles(assetsRoot, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(assetsRoot, f).Replace('\\', '/'), StringComparer.Ordinal);

        // Stylesheets name other theme files (fonts, icons) in url(); those get their new names first.
        var assets = new Dictionary<string, FingerprintedAsset>(StringComparer.Ordinal);
        foreach (var (path, file) in files.Where(f => !IsStylesheet(f.Key)))
            assets[path] = new FingerprintedAsset(fingerprint ? WithHash(path, Hash(File.ReadAllBytes(file))) : path, file, null);
        foreach (var (path, file) in files.Where(f => IsStylesheet(f.Key)))
        {
            var text = File.ReadAllText(file);
            var rewritten = CssUrl().Replace(text, m => Rewrite(m, path, assets));
            assets[path] = new FingerprintedAsset(fingerprint ? WithHash(path, Hash(Encoding.UTF8.GetBytes(rewritten))) : path, file, rewritten == text ? null : rewritten);
        }
        return new AssetManifest(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>"css/site.css" → "css/site.3f2a9c1b7d.css"; "fonts/LICENSE" → "fonts/LICENSE.3f2a9c1b7d".</summary>
    public static string WithHash(string path, string hash)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];

    private static bool IsStylesheet(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    /// <summary>A relative url() that names another theme file points at its fingerprinted name; anything else is left alone.</summary>
    private static string Rewrite(Match match, string stylesheet, Dictionary<string, FingerprintedAsset> assets)
    {
        var url = match.Groups["url"].Value;
        var cut = url.IndexOfAny(['?', '#']);
        var (path, suffix) = cut >= 0 ? (url[..cut], url[cut..]) : (url, "");
        if (path.Length == 0 || path.StartsWith('/') || path.Contains(':')) return match.Value;
        var folder = stylesheet.Contains('/') ? stylesheet[..stylesheet.LastIndexOf('/')] : "";
        var target = Path.GetFullPath(Path.Combine("/", folder, path))[1..].Replace('\\', '/');
        if (!assets.TryGetValue(target, out var asset)) return match.Value;
        var published = path[..(path.LastIndexOf('/') + 1)] + asset.PublishedPath[(asset.PublishedPath.LastIndexOf('/') + 1)..];
        return match.Value.Replace(url, published + suffix, StringComparison.Ordinal);
    }

    [GeneratedRegex("""url\(\s*(?<q>['"]?)(?<url>[^'")\s]+)\k<q>\s*\)""")]
    private static partial Regex CssUrl();
}
