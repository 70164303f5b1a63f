using SiteGen.Content.FrontMatter;

namespace SiteGen.Tests;

public class SourceSplitterTests
{
    [Fact]
    public void Front_matter_between_fences_is_split_from_the_body()
    {
        var split = SourceSplitter.Split("---\ntitle: Hello\n---\nFirst line of body\n");

        Assert.Equal("title: Hello", split.FrontMatter);
        Assert.Equal("First line of body\n", split.Body);
        Assert.False(split.Unclosed);
    }

    [Fact]
    public void Front_matter_starts_on_line_2_and_body_on_the_line_after_the_closing_fence()
    {
        var split = SourceSplitter.Split("---\ntitle: Hello\ndate: 2020-12-08\n---\nBody");

        Assert.Equal(2, split.FrontMatterFirstLine);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body_from_line_1()
    {
        var split = SourceSplitter.Split("# Just a heading\n");

        Assert.Null(split.FrontMatter);
        Assert.Equal("# Just a heading\n", split.Body);
        Assert.Equal(1, split.BodyFirstLine);
        Assert.False(split.Unclosed);
    }

    [Fact]
    public void Front_matter_without_a_closing_fence_is_unclosed()
    {
        var split = SourceSplitter.Split("---\ntitle: Hello\n\nSome body text\n");

        Assert.True(split.Unclosed);
        Assert.Null(split.FrontMatter);
    }

    [Fact]
    public void Three_dots_also_close_front_matter()
    {
        var split = SourceSplitter.Split("---\ntitle: Hello\n...\nBody");

        Assert.Equal("title: Hello", split.FrontMatter);
        Assert.Equal("Body", split.Body);
    }

    [Fact]
    public void Fences_with_trailing_spaces_still_count()
    {
        var split = SourceSplitter.Split("--- \ntitle: Hello\n---\t\nBody");

        Assert.Equal("title: Hello", split.FrontMatter);
        Assert.Equal("Body", split.Body);
    }
}
