using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Listings;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;
using Conformance = SiteGen.Accessibility.Conformance;
using WcagLevel = SiteGen.Accessibility.WcagLevel;

namespace SiteGen.Site;

/// <summary>Reads content/site.yml. Any error here is a configuration error: the build cannot start.</summary>
public static partial class SiteConfigLoader
{
    public const string FileName = "content/site.yml";

    private static readonly string[] KnownKeys =
        ["title", "description", "baseUrl", "defaultLanguage", "languages", "theme", "accessibility", "abbreviations", "embedHosts", "allowRawHtml", "welshStandards", "paginate", "timeZone"];

    /// <summary>The settings, or null when site.yml is missing or wrong (the reasons are in <paramref name="diagnostics"/>).</summary>
    public static SiteConfig? Load(string siteRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteRoot, "content", "site.yml");
        if (!File.Exists(path))
        {
            diagnostics.Error(Codes.SiteConfigMissing,
                $"No {FileName} in {siteRoot}. Run sitegen in the folder that holds content/, or pass --source with that folder.");
            return null;
        }
        var (text, badLine) = TextDecoder.Decode(File.ReadAllBytes(path));
        if (text is null)
        {
            diagnostics.Error(Codes.NotUtf8, "site.yml is not UTF-8 text. Save it as UTF-8 in your editor.", new SourceLocation(FileName, badLine, 1));
            return null;
        }
        var errorsBefore = diagnostics.Count(Severity.Error);
        var root = YamlLoader.Load(text, FileName, 0, diagnostics, Codes.SiteConfigInvalid);
        if (root is not YamlMappingNode map)
        {
            if (root is not null) Report(diagnostics, "site.yml must be a list of `key: value` settings.", root);
            else if (diagnostics.Count(Severity.Error) == errorsBefore)
                diagnostics.Error(Codes.SiteConfigInvalid, "site.yml is empty. Add at least title: and languages: (see README.md, Languages and translations).", SourceLocation.StartOf(FileName));
            return null;
        }

        string? title = null, description = null, baseUrl = null, defaultLanguage = null, theme = null;
        var languages = new List<LanguageConfig>();
        var ignored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var level = Conformance.DefaultLevel;
        var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        var embedHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var allowRawHtml = false;
        var welshStandards = false;
        var paginate = ListingPages.DefaultSize;
        var timeZone = SiteTimeZone.Default;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "title": title = Scalar(value); break;
                case "description": description = Scalar(value); break;
                case "baseUrl": baseUrl = Scalar(value); break;
                case "defaultLanguage": defaultLanguage = Scalar(value); break;
                case "theme": theme = Scalar(value); break;
                case "languages": ReadLanguages(value, languages, diagnostics); break;
                case "accessibility": level = ReadAccessibility(value, ignored, diagnostics); break;
                case "abbreviations":
                    if (value is YamlMappingNode abbr)
                        foreach (var (k, v) in abbr.Children)
                            if (Scalar(k) is { } a && Scalar(v) is { } expansion) abbreviations[a] = expansion;
                    break;
                case "embedHosts":
                    if (value is YamlSequenceNode hosts)
                        foreach (var host in hosts.Children)
                            if (Scalar(host) is { } h) embedHosts.Add(h);
                    break;
                case "allowRawHtml":
                    allowRawHtml = Scalar(value) is "true" or "yes";
                    break;
                case "welshStandards":
                    welshStandards = Scalar(value) is "true" or "yes";
                    break;
                case "paginate":
                    paginate = ReadPageSize(value, diagnostics) ?? paginate;
                    break;
                case "timeZone":
                    timeZone = ReadTimeZone(value, diagnostics) ?? timeZone;
                    break;
                default:
                    var nearest = Suggestion.Nearest(key, KnownKeys);
                    diagnostics.Warning(Codes.UnknownKey, nearest is not null
                        ? $"Unknown setting \"{key}\" in site.yml: did you mean {nearest}?"
                        : $"Unknown setting \"{key}\" in site.yml: the settings are {string.Join(", ", KnownKeys)}.", At(keyNode));
                    break;
            }
        }

        if (title is null) Report(diagnostics, "site.yml has no title: add a line such as title: Our events and news.", map, line1: true);
        Uri? uri = null;
        if (baseUrl is null)
            uri = new Uri("https://example.org/");
        else if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            Report(diagnostics, $"baseUrl \"{baseUrl}\" is not a web address. Write the full address the site is published at, e.g. https://user.github.io/repo/.", Node(map, "baseUrl")!);

        if (languages.Count == 0) languages.Add(defaultLanguage is null ? new LanguageConfig("en", "English") : new LanguageConfig(defaultLanguage, defaultLanguage));
        defaultLanguage ??= languages[0].Code;
        // Codes are case-insensitive (BCP 47); the listed spelling is the one used in URLs.
        defaultLanguage = languages.FirstOrDefault(l => string.Equals(l.Code, defaultLanguage, StringComparison.OrdinalIgnoreCase))?.Code ?? defaultLanguage;
        if (!languages.Any(l => l.Code == defaultLanguage))
            Report(diagnostics, $"defaultLanguage \"{defaultLanguage}\" is not one of the languages listed: add it to languages.", Node(map, "defaultLanguage") ?? map);

        if (diagnostics.Count(Severity.Error) > errorsBefore || uri is null) return null;
        return new SiteConfig
        {
            Title = title!,
            Description = description ?? "",
            BaseUrl = WithTrailingSlash(uri),
            DefaultLanguage = defaultLanguage,
            Languages = languages,
            Theme = theme ?? "default",
            IgnoredRules = ignored,
            AccessibilityLevel = level,
            Abbreviations = abbreviations,
            EmbedHosts = embedHosts,
            AllowRawHtml = allowRawHtml,
            WelshStandards = welshStandards,
            Paginate = paginate,
            TimeZone = timeZone,
        };
    }

    /// <summary>The base URL with a trailing slash, so its path can prefix every site path.</summary>
    public static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");

    private static void ReadLanguages(YamlNode value, List<LanguageConfig> languages, DiagnosticBag diagnostics)
    {
        if (value is not YamlSequenceNode seq)
        {
            Report(diagnostics, "languages must be a list such as - { code: en, name: English }.", value);
            return;
        }
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode m)
            {
                Report(diagnostics, "Each language must be written as { code: cy, name: Cymraeg }.", item);
                continue;
            }
            var code = Scalar(Node(m, "code"));
            var name = Scalar(Node(m, "name"));
            var dir = Scalar(Node(m, "dir")) ?? "ltr";
            if (code is null || !LanguageTag().IsMatch(code))
                Report(diagnostics, $"Language code \"{code}\" is not a BCP 47 code such as en, cy, ur or pt-BR.", item);
            else if (dir is not ("ltr" or "rtl"))
                Report(diagnostics, $"dir must be ltr or rtl, not \"{dir}\".", Node(m, "dir")!);
            else if (languages.Any(l => l.Code == code))
                Report(diagnostics, $"Language \"{code}\" is listed twice.", item);
            else
                languages.Add(new LanguageConfig(code, name ?? code, dir));
        }
    }

    /// <summary>The page size of listings: a whole number of items, 1 or more; null (with an error) for anything else.</summary>
    private static int? ReadPageSize(YamlNode value, DiagnosticBag diagnostics)
    {
        var text = Scalar(value);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size))
        {
            var what = text is null ? "paginate is not a whole number." : $"paginate \"{text}\" is not a whole number.";
            Report(diagnostics, $"{what} Write how many items each page of a listing shows, e.g. paginate: {ListingPages.DefaultSize}.", value);
            return null;
        }
        if (size < 1)
        {
            Report(diagnostics, $"paginate is {size}: each page of a listing must show at least one item. Write 1 or more, e.g. paginate: {ListingPages.DefaultSize}.", value);
            return null;
        }
        return size;
    }

    /// <summary>The zone an IANA id names; null (with an error that suggests the id meant) for anything else.</summary>
    private static TimeZoneInfo? ReadTimeZone(YamlNode value, DiagnosticBag diagnostics)
    {
        var id = Scalar(value);
        if (id is not null && SiteTimeZone.Find(id) is { } zone) return zone;
        var hint = id is not null && SiteTimeZone.Nearest(id) is { } nearest
            ? $"did you mean {nearest}?"
            : $"e.g. timeZone: {SiteTimeZone.DefaultId}.";
        Report(diagnostics, $"timeZone \"{id}\" is not a time zone SiteGen knows. "
            + $"Write the zone's name as region/city, {hint}", value);
        return null;
    }

    /// <summary>Reads the rules ignored site-wide into <paramref name="ignored"/>; returns the level.</summary>
    private static WcagLevel ReadAccessibility(YamlNode value, HashSet<string> ignored, DiagnosticBag diagnostics)
    {
        if (value is not YamlMappingNode m)
        {
            Report(diagnostics, "accessibility must be a block with level: AA and ignore: [rule ids].", value);
            return Conformance.DefaultLevel;
        }
        if (Node(m, "ignore") is YamlSequenceNode list)
            foreach (var item in list.Children)
                if (Scalar(item) is { } id) ignored.Add(id);
        return Node(m, "level") is { } level ? ReadLevel(level, diagnostics) : Conformance.DefaultLevel;
    }

    private static readonly string[] Levels = [.. Enum.GetNames<WcagLevel>()];

    /// <summary>A, AA or AAA (any case); anything else is an error that names the nearest level.</summary>
    private static WcagLevel ReadLevel(YamlNode node, DiagnosticBag diagnostics)
    {
        var text = Scalar(node);
        var known = Levels.FirstOrDefault(l => l.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (known is not null) return Enum.Parse<WcagLevel>(known);
        var nearest = text is null ? null : Suggestion.Nearest(text, Levels);
        var said = text is null
            ? "The accessibility level is empty."
            : $"The accessibility level \"{text}\" is not a WCAG level.";
        var advice = nearest is not null ? $"Did you mean {nearest}?" : "Write A, AA or AAA.";
        Report(diagnostics, $"{said} {advice} AA, the usual legal requirement, is the default; AAA also makes "
            + "failures of AAA criteria errors.", node);
        return Conformance.DefaultLevel;
    }

    private static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == key).Value;

    private static string? Scalar(YamlNode? node) =>
        node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static SourceLocation At(YamlNode node) => new(FileName, YamlLoader.LineOf(node, 0), YamlLoader.ColumnOf(node));

    private static void Report(DiagnosticBag diagnostics, string message, YamlNode node, bool line1 = false) =>
        diagnostics.Error(Codes.SiteConfigInvalid, message, line1 ? SourceLocation.StartOf(FileName) : At(node));

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
