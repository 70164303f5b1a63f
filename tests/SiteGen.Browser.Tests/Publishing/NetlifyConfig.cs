using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;

namespace SiteGen.Browser.Tests.Publishing;

/// <summary>The repository's netlify.toml, read the way Netlify reads it: which headers each path gets.</summary>
public sealed class NetlifyConfig
{
    private readonly IReadOnlyList<(Regex For, IReadOnlyDictionary<string, string> Values)> _headers;

    private NetlifyConfig(IReadOnlyList<(Regex, IReadOnlyDictionary<string, string>)> headers) => _headers = headers;

    public static string FilePath { get; } = Path.Combine(BuiltSite.RepositoryRoot, "netlify.toml");

    public static NetlifyConfig Load()
    {
        var toml = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(FilePath), (TomlSerializerOptions?)null)
            ?? throw new InvalidOperationException("netlify.toml is empty.");
        var rules = new List<(Regex, IReadOnlyDictionary<string, string>)>();
        if (toml.TryGetValue("headers", out var headers) && headers is TomlTableArray tables)
            foreach (var table in tables)
            {
                var values = ((TomlTable)table["values"]).ToDictionary(v => v.Key, v => v.Value.ToString()!, StringComparer.OrdinalIgnoreCase);
                rules.Add((PathPattern((string)table["for"]), values));
            }
        return new NetlifyConfig(rules);
    }

    /// <summary>Every header the rules give this request path; a later rule's value wins, as on Netlify.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in _headers.Where(h => h.For.IsMatch(path)))
            foreach (var (name, value) in values)
                result[name] = value;
        return result;
    }

    /// <summary>Netlify's path syntax: "*" matches the rest of the path, ":name" one segment.</summary>
    private static Regex PathPattern(string pattern) =>
        new("^" + Regex.Replace(Regex.Escape(pattern).Replace(@"\*", ".*"), ":[A-Za-z]+", "[^/]+") + "$");
}
