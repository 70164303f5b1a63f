using SiteGen.Diagnostics;

namespace SiteGen.Tests;

public class DiagnosticTests
{
    [Fact]
    public void An_error_with_a_location_prints_in_the_compiler_form()
    {
        var d = new Diagnostic(Severity.Error, "A11Y012", "Link text \"here\" does not say where the link goes.",
            new SourceLocation("content/en/x.md", 12, 5));

        Assert.Equal("content/en/x.md(12,5): error A11Y012: Link text \"here\" does not say where the link goes.", d.ToString());
    }

    [Fact]
    public void A_warning_prints_as_warning()
    {
        var d = new Diagnostic(Severity.Warning, "SG204", "Unknown key.", new SourceLocation("content/en/x.md", 3, 1));

        Assert.Equal("content/en/x.md(3,1): warning SG204: Unknown key.", d.ToString());
    }

    [Fact]
    public void A_diagnostic_without_a_location_names_the_program()
    {
        var d = new Diagnostic(Severity.Error, "SG001", "No content/site.yml.");

        Assert.Equal("sitegen: error SG001: No content/site.yml.", d.ToString());
    }

    [Fact]
    public void Only_errors_are_errors()
    {
        Assert.True(new Diagnostic(Severity.Error, "X", "m").IsError);
        Assert.False(new Diagnostic(Severity.Warning, "X", "m").IsError);
        Assert.False(new Diagnostic(Severity.Info, "X", "m").IsError);
    }
}
