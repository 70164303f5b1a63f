using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>Counts as the terminal and the report write them.</summary>
public sealed class CountedTests
{
    [Fact]
    public void One_takes_the_noun_as_it_is() => Assert.Equal("1 error", Counted.Of(1, "error"));

    [Fact]
    public void None_and_many_take_an_s() => Assert.Equal(["0 warnings", "3 info messages"], [Counted.Of(0, "warning"), Counted.Of(3, "info message")]);
}
