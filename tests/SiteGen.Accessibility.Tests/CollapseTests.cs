namespace SiteGen.Accessibility.Tests;

/// <summary>Dom.Collapse trims text and turns each run of white space into one space.</summary>
public class CollapseTests
{
    [Theory]
    [InlineData("  Summer\tfair \n", "Summer fair")]
    [InlineData("Summer  fair", "Summer fair")]
    [InlineData("Summer\u00A0fair", "Summer fair")]
    [InlineData(" \n\t ", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void White_space_is_trimmed_and_each_run_becomes_one_space(string? text, string collapsed) =>
        Assert.Equal(collapsed, Dom.Collapse(text));

    [Fact]
    public void Text_already_collapsed_is_given_back_as_it_is()
    {
        const string text = "Summer fair in the park";
        Assert.Same(text, Dom.Collapse(text));
    }

    [Fact]
    public void Text_longer_than_the_stack_buffer_is_collapsed_whole()
    {
        var words = Enumerable.Range(0, 200).Select(i => $"word{i}").ToList();
        Assert.Equal(string.Join(' ', words), Dom.Collapse(" " + string.Join("  \n", words) + " "));
    }
}
