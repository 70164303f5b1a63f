using System.Text;
using System.Text.Json;
using SiteGen.Publishing.Search;

namespace SiteGen.Tests.Search;

/// <summary>The search index's JSON (the index file and its parts), which the theme's search script reads.</summary>
public sealed class SearchIndexTests
{
    private static readonly SearchEntry Event = new("Diversity in service user involvement", "/events/diversity/", "A write-up.", "events",
        "2020-12-08", "8 December 2020", ["diversity", "lived experience"], EasyRead: false, "Speakers from Maslaha.");

    private static JsonElement Parse(byte[] json) => JsonDocument.Parse(json.AsMemory()).RootElement;

    private static string Text(byte[] json) => Encoding.UTF8.GetString(json);

    [Fact]
    public void Names_its_language_and_lists_its_pages_in_order()
    {
        var root = Parse(SearchIndex.ToJson("cy", [Event, Event with { Title = "Second", Url = "/blog/second/" }]));
        Assert.Equal("cy", root.GetProperty("language").GetString());
        Assert.Equal(["Diversity in service user involvement", "Second"],
            root.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
    }

    [Fact]
    public void Each_page_has_its_title_url_summary_section_dates_tags_and_text()
    {
        var page = Parse(SearchIndex.ToJson("en", [Event])).GetProperty("pages")[0];
        Assert.Equal("/events/diversity/", page.GetProperty("url").GetString());
        Assert.Equal("A write-up.", page.GetProperty("summary").GetString());
        Assert.Equal("events", page.GetProperty("section").GetString());
        Assert.Equal("2020-12-08", page.GetProperty("date").GetString());
        Assert.Equal("8 December 2020", page.GetProperty("displayDate").GetString());
        Assert.Equal(["diversity", "lived experience"], page.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Speakers from Maslaha.", page.GetProperty("text").GetString());
    }

    [Fact]
    public void Easy_Read_pages_are_marked_and_other_pages_carry_no_mark()
    {
        var pages = Parse(SearchIndex.ToJson("en", [Event, Event with { EasyRead = true }])).GetProperty("pages");
        Assert.False(pages[0].TryGetProperty("easyRead", out _));
        Assert.True(pages[1].GetProperty("easyRead").GetBoolean());
    }

    [Fact]
    public void A_page_without_summary_section_or_date_leaves_them_out()
    {
        var page = Parse(SearchIndex.ToJson("en", [Event with { Summary = null, Section = null, Date = null, DisplayDate = null }])).GetProperty("pages")[0];
        Assert.Equal(["title", "url", "tags", "text"], page.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Welsh_and_Urdu_are_written_as_characters_not_escapes()
    {
        var json = Text(SearchIndex.ToJson("ur", [Event with { Title = "خدمات میں تنوع", Text = "Mae’r grŵp" }]));
        Assert.Contains("خدمات میں تنوع", json);
        Assert.Contains("Mae’r grŵp", json);
    }

    [Fact]
    public void Is_written_on_one_line() =>
        Assert.DoesNotContain('\n', Text(SearchIndex.ToJson("en", [Event, Event])));

    [Fact]
    public void An_index_without_pages_has_an_empty_list() =>
        Assert.Equal("{\"language\":\"en\",\"pages\":[]}", Text(SearchIndex.ToJson("en", Array.Empty<SearchEntry>())));

    [Fact]
    public void Entries_are_joined_by_commas_as_they_were_written() =>
        Assert.Equal("{\"language\":\"cy\",\"pages\":[" + Text(SearchIndex.ToJson(Event)) + "," + Text(SearchIndex.ToJson(Event with { Title = "Ail" })) + "]}",
            Text(SearchIndex.ToJson("cy", [Event, Event with { Title = "Ail" }])));

    [Fact]
    public void The_index_file_names_its_language_and_lists_its_parts_by_address_relative_to_it() =>
        Assert.Equal("{\"language\":\"cy\",\"parts\":[\"search-index/1.json\",\"search-index/2.json\"]}", Text(SearchIndex.ManifestJson("cy", 2)));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(SearchIndex.PartSize, 1)]
    [InlineData(SearchIndex.PartSize + 1, 2)]
    [InlineData(3 * SearchIndex.PartSize, 3)]
    public void An_index_has_as_many_parts_as_full_parts_of_its_pages_and_at_least_one(int pages, int parts) =>
        Assert.Equal(parts, SearchIndex.PartCount(pages));
}
