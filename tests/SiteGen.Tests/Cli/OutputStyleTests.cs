using SiteGen.Cli.Output;
using SiteGen.Diagnostics.Formats;

namespace SiteGen.Tests.Cli;

/// <summary>When sitegen shows colour and progress, and when it prints the plain lines scripts read.</summary>
public sealed class OutputStyleTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] set) =>
        name => set.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void A_terminal_with_text_output_is_rich() =>
        Assert.Equal(OutputStyle.Rich, OutputStyles.Detect(DiagnosticFormat.Text, false, false, Environment(("TERM", "xterm-256color"))));

    [Fact]
    public void Redirected_standard_output_is_plain() =>
        Assert.Equal(OutputStyle.Plain, OutputStyles.Detect(DiagnosticFormat.Text, outputRedirected: true, false, Environment()));

    [Fact]
    public void Redirected_standard_error_is_plain() =>
        Assert.Equal(OutputStyle.Plain, OutputStyles.Detect(DiagnosticFormat.Text, false, errorRedirected: true, Environment()));

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("0")]
    public void NO_COLOR_with_any_value_is_plain(string value) =>
        Assert.Equal(OutputStyle.Plain, OutputStyles.Detect(DiagnosticFormat.Text, false, false, Environment(("NO_COLOR", value))));

    [Fact]
    public void A_dumb_terminal_is_plain() =>
        Assert.Equal(OutputStyle.Plain, OutputStyles.Detect(DiagnosticFormat.Text, false, false, Environment(("TERM", "dumb"))));

    [Theory]
    [InlineData(DiagnosticFormat.Json)]
    [InlineData(DiagnosticFormat.Sarif)]
    public void Json_and_sarif_are_plain_even_in_a_terminal(DiagnosticFormat format) =>
        Assert.Equal(OutputStyle.Plain, OutputStyles.Detect(format, false, false, Environment()));
}
