using SiteGen.Listings;

namespace SiteGen.Tests.Listings;

/// <summary>How a listing's items are split into pages and which page numbers its navigation links to.</summary>
public sealed class ListingPagesTests
{
    private static readonly int[] Seven = [1, 2, 3, 4, 5, 6, 7];

    [Fact]
    public void Items_are_split_into_pages_of_the_size_in_order()
    {
        var pages = ListingPages.Split(Seven, 3);

        Assert.Equal([[1, 2, 3], [4, 5, 6], [7]], pages.Select(p => p.ToArray()));
    }

    [Fact]
    public void The_last_page_holds_what_is_left()
    {
        Assert.Equal([7], ListingPages.Split(Seven, 2)[^1]);
    }

    [Fact]
    public void Items_that_fill_pages_exactly_leave_no_empty_page_at_the_end()
    {
        var pages = ListingPages.Split(Seven[..6], 3);

        Assert.Equal(2, pages.Count);
        Assert.Equal([4, 5, 6], pages[1]);
    }

    [Fact]
    public void A_listing_that_fits_on_one_page_is_one_page()
    {
        Assert.Equal(Seven, Assert.Single(ListingPages.Split(Seven, 20)));
    }

    [Fact]
    public void An_empty_listing_is_one_empty_page()
    {
        Assert.Empty(Assert.Single(ListingPages.Split(Array.Empty<int>(), 20)));
    }

    [Fact]
    public void A_page_size_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ListingPages.Split(Seven, 0));
    }

    [Theory]
    [InlineData(0, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    [InlineData(3750, 20, 188)]
    public void The_page_count_is_the_items_over_the_size_rounded_up_and_at_least_one(int items, int size, int expected)
    {
        Assert.Equal(expected, ListingPages.CountFor(items, size));
        Assert.Equal(ListingPages.Split(Enumerable.Range(0, items).ToList(), size).Count, ListingPages.CountFor(items, size));
    }

    [Fact]
    public void Page_one_is_at_the_listings_own_address()
    {
        Assert.Equal("cy/events/", ListingPages.PathOf("cy/events/", 1));
    }

    [Fact]
    public void Later_pages_are_under_page_and_their_number()
    {
        Assert.Equal("cy/events/page/2/", ListingPages.PathOf("cy/events/", 2));
        Assert.Equal("tags/diversity/page/12/", ListingPages.PathOf("tags/diversity/", 12));
    }

    [Fact]
    public void A_few_pages_are_all_linked()
    {
        Assert.Equal([1, 2, 3, 4, 5], ListingPages.Window(3, 5));
    }

    [Fact]
    public void Many_pages_show_the_first_the_last_and_the_neighbours_of_the_current_with_gaps()
    {
        Assert.Equal([1, null, 48, 49, 50, 51, 52, null, 188], ListingPages.Window(50, 188));
    }

    [Fact]
    public void Near_the_start_there_is_a_gap_only_before_the_last_page()
    {
        Assert.Equal([1, 2, 3, null, 188], ListingPages.Window(1, 188));
    }

    [Fact]
    public void A_gap_of_a_single_page_shows_that_page_instead()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, null, 20], ListingPages.Window(4, 20));
    }

    [Fact]
    public void The_window_of_a_single_page_is_that_page()
    {
        Assert.Equal([1], ListingPages.Window(1, 1));
    }
}
