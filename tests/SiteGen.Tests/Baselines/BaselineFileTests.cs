using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Baselines;

namespace SiteGen.Tests.Baselines;

/// <summary>sitegen-baseline.json: written to diff well in git, and read back or refused with a clear error.</summary>
public sealed class BaselineFileTests
{
    private static readonly Diagnostic Here = new(Severity.Error, "A11Y012", "Link text \"here\" is vague.",
        new SourceLocation("content/en/blog/x.md", 4, 5)) { RuleName = "link-text-vague" };

    private static Baseline? Read(TempFolder site, DiagnosticBag bag) => BaselineFile.Read(site.Path, bag);

    [Fact]
    public void Written_file_is_pretty_json_with_a_version_and_each_finding()
    {
        using var site = new TempFolder();
        BaselineFile.Write(site.Path, Baseline.Of([Here]));

        var text = File.ReadAllText(BaselineFile.PathIn(site.Path));
        var root = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray().ToList());
        Assert.Equal("content/en/blog/x.md", finding.GetProperty("file").GetString());
        Assert.Equal("A11Y012", finding.GetProperty("code").GetString());
        Assert.Equal("link-text-vague", finding.GetProperty("rule").GetString());
        Assert.Equal(Fingerprint.Of(Here), finding.GetProperty("fingerprint").GetString());
        Assert.Contains("\n  \"findings\": [\n", text);
        Assert.DoesNotContain("\\u0022", text);
    }

    [Fact]
    public void Written_file_reads_back_as_the_same_baseline()
    {
        using var site = new TempFolder();
        var written = Baseline.Of([Here, Here with { Location = new SourceLocation("content/en/blog/x.md", 9, 1) }]);
        BaselineFile.Write(site.Path, written);

        var bag = new DiagnosticBag();
        Assert.Equal(written.Entries, Read(site, bag)!.Entries);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Writing_the_same_findings_twice_gives_the_same_bytes()
    {
        using var site = new TempFolder();
        BaselineFile.Write(site.Path, Baseline.Of([Here]));
        var first = File.ReadAllBytes(BaselineFile.PathIn(site.Path));
        BaselineFile.Write(site.Path, Baseline.Of([Here with { Location = new SourceLocation("content/en/blog/x.md", 30, 2) }]));

        Assert.Equal(first, File.ReadAllBytes(BaselineFile.PathIn(site.Path)));
    }

    [Fact]
    public void Site_without_the_file_has_no_baseline()
    {
        using var site = new TempFolder();

        var baseline = Read(site, new DiagnosticBag());

        Assert.Same(Baseline.None, baseline);
        Assert.False(baseline!.Exists);
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"findings\": [ { \"code\": ", 1)]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    { \"code\": \"A11Y012\" ]\n}\n", 4)]
    public void File_that_is_not_json_is_an_error_at_its_line(string text, int line)
    {
        using var site = new TempFolder();
        site.Write(Baseline.FileName, text);
        var bag = new DiagnosticBag();

        Assert.Null(Read(site, bag));

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(Codes.BaselineUnreadable, error.Code);
        Assert.Equal(Baseline.FileName, error.Location!.Value.File);
        Assert.Equal(line, error.Location!.Value.Line);
        Assert.Contains("Run sitegen baseline", error.Message);
    }

    [Fact]
    public void Key_written_twice_is_an_error_not_a_crash()
    {
        using var site = new TempFolder();
        site.Write(Baseline.FileName, "{\n  \"version\": 1,\n  \"version\": 1,\n  \"findings\": []\n}\n");
        var bag = new DiagnosticBag();

        Assert.Null(Read(site, bag));

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(Codes.BaselineUnreadable, error.Code);
        Assert.Contains("a key is written twice", error.Message);
    }

    [Theory]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{ \"findings\": [] }", "no \"version\"")]
    [InlineData("{ \"version\": 2, \"findings\": [] }", "version 2")]
    [InlineData("{ \"version\": 1 }", "no \"findings\"")]
    [InlineData("{ \"version\": 1, \"findings\": [ { \"code\": \"A11Y012\", \"count\": 1 } ] }", "finding 1 needs")]
    [InlineData("{ \"version\": 1, \"findings\": [ { \"code\": \"A\", \"fingerprint\": \"f\", \"count\": 0 } ] }", "finding 1 needs")]
    public void File_of_the_wrong_shape_is_an_error_that_says_what_is_wrong(string text, string why)
    {
        using var site = new TempFolder();
        site.Write(Baseline.FileName, text);
        var bag = new DiagnosticBag();

        Assert.Null(Read(site, bag));

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(Codes.BaselineUnreadable, error.Code);
        Assert.Contains(why, error.Message);
    }
}
