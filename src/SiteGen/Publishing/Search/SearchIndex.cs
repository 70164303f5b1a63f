using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace SiteGen.Publishing.Search;

/// <summary>One page as the search index lists it.</summary>
/// <param name="Url">Root-relative URL, base path included.</param>
/// <param name="Section">"events" or "blog"; null for a standalone page.</param>
/// <param name="Date">ISO 8601 date (yyyy-MM-dd), for sorting; null for undated pages.</param>
/// <param name="DisplayDate">The date as the page shows it, in the page's language.</param>
/// <param name="EasyRead">True for an Easy Read version.</param>
/// <param name="Text">The body as plain text, shortened to <see cref="SearchIndex.MaxTextLength"/> characters.</param>
public sealed record SearchEntry(
    string Title,
    string Url,
    string? Summary,
    string? Section,
    string? Date,
    string? DisplayDate,
    IReadOnlyList<string> Tags,
    bool EasyRead,
    string Text);

/// <summary>
/// The search index of one language: JSON files the search page's script downloads and searches in the browser,
/// so search works on any static host. The index file lists its parts, each part a run of the language's pages in
/// order, so an edit to one page changes one part, not the whole index.
/// </summary>
public static class SearchIndex
{
    /// <summary>
    /// How much of a page's body the index keeps. Every reader of the search page downloads the whole index,
    /// so a very long page is cut; this is longer than a typical write-up (the sample's is about 7,500).
    /// </summary>
    public const int MaxTextLength = 10_000;

    /// <summary>File name of the index, in each language's folder: it lists the parts (<see cref="ManifestJson"/>).</summary>
    public const string FileName = "search-index.json";

    /// <summary>
    /// How many pages a part lists. Parts are cut by count, not size, so a page whose text changes moves no other
    /// page to another part; with each page's text cut at <see cref="MaxTextLength"/>, a part is at most about a
    /// megabyte (about half that for typical write-ups).
    /// </summary>
    public const int PartSize = 100;

    /// <summary>Where part <paramref name="number"/> (from 1) sits, relative to the language's folder, as the index file names it.</summary>
    public static string PartPath(int number) => $"search-index/{number.ToString(CultureInfo.InvariantCulture)}.json";

    /// <summary>The index file's JSON as UTF-8: <c>{"language": "cy", "parts": ["search-index/1.json", ...]}</c>, each part's address relative to the index file's.</summary>
    public static byte[] ManifestJson(string language, int parts) =>
        Encoding.UTF8.GetBytes($"{{\"language\":{JsonSerializer.Serialize(language, Json)},\"parts\":[{string.Join(',', Enumerable.Range(1, parts).Select(n => $"\"{PartPath(n)}\""))}]}}");

    /// <summary>How many parts an index of <paramref name="pages"/> pages has: at least one, so a language's search always has a file to read.</summary>
    public static int PartCount(int pages) => Math.Max(1, (pages + PartSize - 1) / PartSize);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        // Welsh and Urdu as characters, not \u escapes: a third of the size for Urdu text.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        // What to write of an entry is generated when SiteGen is compiled: worked out by reflection, it took tens
        // of milliseconds of every build's first entry.
        TypeInfoResolver = SearchIndexJson.Default,
    };

    /// <summary>A part's JSON as UTF-8: <c>{"language": "cy", "pages": [...]}</c>, without indentation (it is read by the script, not people).</summary>
    public static byte[] ToJson(string language, IEnumerable<SearchEntry> entries) => ToJson(language, entries.Select(ToJson).ToList());

    /// <summary>A part's JSON from each entry's own (<see cref="ToJson(SearchEntry)"/>), so entries that did not change need not be written again.</summary>
    public static byte[] ToJson(string language, IReadOnlyList<byte[]> entriesJson)
    {
        // Made as UTF-8, as it is written, in one allocation of its final size.
        var head = Encoding.UTF8.GetBytes($"{{\"language\":{JsonSerializer.Serialize(language, Json)},\"pages\":[");
        var json = new byte[head.Length + entriesJson.Sum(e => e.Length) + Math.Max(0, entriesJson.Count - 1) + 2];
        head.CopyTo(json, 0);
        var at = head.Length;
        for (var i = 0; i < entriesJson.Count; i++)
        {
            if (i > 0) json[at++] = (byte)',';
            entriesJson[i].CopyTo(json, at);
            at += entriesJson[i].Length;
        }
        json[at++] = (byte)']';
        json[at] = (byte)'}';
        return json;
    }

    /// <summary>One entry's JSON as UTF-8, as it stands in the index.</summary>
    public static byte[] ToJson(SearchEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Json);
}

/// <summary>The search index's types as System.Text.Json writes them, generated with the same naming and defaults as <see cref="SearchIndex"/>'s options.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(SearchEntry))]
[JsonSerializable(typeof(string))]
internal sealed partial class SearchIndexJson : JsonSerializerContext;
