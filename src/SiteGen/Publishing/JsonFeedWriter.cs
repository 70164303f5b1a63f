using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Publishing;

/// <summary>Writes a feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    // Relaxed escaping keeps Welsh and Urdu text readable in the file; the content stays valid JSON.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Feed feed)
    {
        var json = new JsonObject
        {
            ["version"] = Version,
            ["title"] = feed.Title,
            ["home_page_url"] = feed.HomePageUrl,
            ["feed_url"] = feed.JsonUrl,
            ["description"] = feed.Description,
            ["language"] = feed.Language,
            ["authors"] = new JsonArray(new JsonObject { ["name"] = feed.AuthorName, ["url"] = feed.AuthorUrl }),
            ["items"] = new JsonArray(feed.Entries.Select(e => (JsonNode)Item(e)).ToArray()),
        };
        return json.ToJsonString(Options) + "\n";
    }

    private static JsonObject Item(FeedEntry entry)
    {
        var item = new JsonObject
        {
            ["id"] = entry.Url,
            ["url"] = entry.Url,
            ["title"] = entry.Title,
            ["content_html"] = entry.ContentHtml,
            ["date_published"] = Rfc3339.Format(entry.Published),
            ["date_modified"] = Rfc3339.Format(entry.Updated),
        };
        if (entry.Summary is not null) item["summary"] = entry.Summary;
        if (entry.Tags.Count > 0) item["tags"] = new JsonArray(entry.Tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());
        return item;
    }
}
