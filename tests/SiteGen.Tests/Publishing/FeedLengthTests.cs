using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Publishing;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Publishing;

/// <summary>How many entries a feed carries when a site has more dated pages than a feed holds.</summary>
public sealed class FeedLengthTests
{
    [Fact]
    public async Task A_feed_carries_only_its_newest_entries_and_a_section_feed_its_sections_newest()
    {
        using var site = new TempSite();
        var posts = GenerateFeeds.MaxEntries + 2;
        for (var day = 1; day <= posts; day++)
            site.Write($"content/en/blog/{new DateOnly(2021, 1, 1).AddDays(day - 1):yyyy-MM-dd}-post-{day}.md", $"---\ntitle: Post {day}\n---\nWe met on day {day}.\n");
        site.Write("content/en/events/2020-12-08-forum.md", "---\ntitle: Forum\nevent:\n  start: 2020-12-08T10:00:00+00:00\n  location: Cardiff\n---\nWe met.\n");
        await site.BuildAsync();

        var newestFirst = Enumerable.Range(1, posts).Reverse().Select(day => $"https://example.org/blog/post-{day}/").Take(GenerateFeeds.MaxEntries);
        Assert.Equal(newestFirst, Atom(site, "feed.xml").Items.Select(i => i.Id));
        Assert.Equal(newestFirst, Atom(site, "blog/feed.xml").Items.Select(i => i.Id));
        Assert.Equal(["https://example.org/events/forum/"], Atom(site, "events/feed.xml").Items.Select(i => i.Id));
    }

    private static SyndicationFeed Atom(TempSite site, string path)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, path));
        return SyndicationFeed.Load(reader);
    }
}
