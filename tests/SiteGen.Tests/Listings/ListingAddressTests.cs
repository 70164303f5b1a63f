using SiteGen.Diagnostics;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Listings;

/// <summary>Listing pages (sections, tags and their numbered pages) have addresses that markdown pages may not take.</summary>
public sealed class ListingAddressTests
{
    private const string Forum = "---\ntitle: Forum\nsummary: Our forum.\ntags: [forum]\n---\n## What happened\n\nWe met.\n";

    [Fact]
    public async Task A_page_published_where_a_numbered_listing_page_goes_is_an_error_at_the_page()
    {
        using var site = new TempSite("title: Test site\nbaseUrl: https://example.org/\npaginate: 1\nlanguages:\n  - { code: en, name: English }\n")
            .Write("content/en/events/2026-10-01-forum.md", Forum)
            .Write("content/en/events/2026-10-02-workshop.md", Forum.Replace("Forum", "Workshop"))
            .Write("content/en/events/page/2026-10-03-in-the-way.md", "---\ntitle: In the way\nslug: \"2\"\nsummary: A page in the way.\n---\n## What happened\n\nWe met.\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.DuplicateUrl);
        Assert.Equal("content/en/events/page/2026-10-03-in-the-way.md", error.Location!.Value.File);
        Assert.Contains("/events/page/2/", error.Message);
    }

    [Fact]
    public async Task A_page_published_where_a_tag_page_goes_is_an_error_at_the_page()
    {
        using var site = new TempSite()
            .Write("content/en/events/2026-10-01-forum.md", Forum)
            .Write("content/en/tags/forum.md", "---\ntitle: About our forums\n---\nWhat our forums are.\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.DuplicateUrl);
        Assert.Equal("content/en/tags/forum.md", error.Location!.Value.File);
    }

    [Fact]
    public async Task Pages_beside_the_listings_are_not_in_their_way()
    {
        using var site = new TempSite()
            .Write("content/en/events/2026-10-01-forum.md", Forum)
            .Write("content/en/about-tags.md", "---\ntitle: About our tags\n---\nHow we tag write-ups.\n");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.DuplicateUrl);
    }
}
