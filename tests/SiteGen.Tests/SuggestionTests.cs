using SiteGen.Diagnostics;

namespace SiteGen.Tests;

public class SuggestionTests
{
    private static readonly string[] Keys = ["title", "date", "summary", "tags", "translationKey", "layout"];

    [Fact]
    public void Nearest_finds_a_misspelt_key()
    {
        Assert.Equal("title", Suggestion.Nearest("tittle", Keys));
    }

    [Fact]
    public void Nearest_ignores_case()
    {
        Assert.Equal("translationKey", Suggestion.Nearest("translationkey", Keys));
    }

    [Fact]
    public void Nearest_counts_a_swapped_pair_as_one_edit()
    {
        Assert.Equal("date", Suggestion.Nearest("dtae", Keys));
    }

    [Fact]
    public void Nearest_returns_null_for_a_different_word()
    {
        Assert.Null(Suggestion.Nearest("colour", Keys));
    }

    [Fact]
    public void Nearest_returns_null_without_candidates()
    {
        Assert.Null(Suggestion.Nearest("title", []));
    }

    [Fact]
    public void Nearest_allows_at_most_three_edits_however_long_the_word()
    {
        Assert.Equal("translationKey", Suggestion.Nearest("translatonKy", Keys));
        Assert.Null(Suggestion.Nearest("trnslatonK", ["translationKey"]));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("title", "title", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("tittle", "title", 1)]
    [InlineData("titel", "title", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("summary", "sumary", 1)]
    public void Distance_is_the_number_of_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestion.Distance(a, b));
    }

    [Fact]
    public void Distance_is_symmetric()
    {
        Assert.Equal(Suggestion.Distance("layout", "lyaotu"), Suggestion.Distance("lyaotu", "layout"));
    }
}
