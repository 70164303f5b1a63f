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
/// The search index of one language: a JSON file the search page's script downloads and searches in the browser,
/// so search works on any static host.
/// </summary>
public static class SearchIndex
{
    /// <summary>
    /// How much of a page's body the index keeps. Every reader of the search page downloads the whole index,
    /// so a very long page is cut; this is longer than a typical write-up (the sample's is about 7,500).
    /// </summary>
    public const int MaxTextLength = 10_000;

    /// <summary>File name of the index, in each language's folder.</summary>
    public const string FileName = "search-index.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        // Welsh and Urdu as characters, not \u escapes: a third of the size for Urdu text.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The index file's JSON: <c>{"language": "cy", "pages": [...]}</c>, without indentation (it is read by the script, not people).</summary>
    public static string ToJson(string language, IEnumerable<SearchEntry> entries) => ToJson(language, entries.Select(ToJson));

    /// <summary>The index file's JSON from each entry's own (<see cref="ToJson(SearchEntry)"/>), so entries that did not change need not be written again.</summary>
    public static string ToJson(string language, IEnumerable<string> entriesJson)
    {
        // Concatenated from its parts in one allocation of the final size: joined through a growing buffer, a
        // 5,000-page index left some 100 MB of rented buffers in the shared array pool for the rest of the build.
        var parts = new List<string> { $"{{\"language\":{JsonSerializer.Serialize(language, Json)},\"pages\":[" };
        foreach (var entry in entriesJson)
        {
            if (parts.Count > 1) parts.Add(",");
            parts.Add(entry);
        }
        parts.Add("]}");
        return string.Concat(parts.ToArray());
    }

    /// <summary>One entry's JSON, as it stands in the index.</summary>
    public static string ToJson(SearchEntry entry) => JsonSerializer.Serialize(entry, Json);
}
