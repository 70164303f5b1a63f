using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Formats;

namespace SiteGen.Tests;

public class DiagnosticFormatTests
{
    private static readonly Diagnostic[] Sample =
    [
        new(Severity.Error, "A11Y012", "Link text \"here\" does not say where the link goes.", new SourceLocation("content/en/x.md", 12, 5))
        {
            RuleName = "link-text-vague",
            Wcag = "2.4.4",
        },
        new(Severity.Warning, "SG204", "Unknown front matter key \"tittle\": did you mean title?", new SourceLocation("content/cy/y.md", 3, 1)),
        new(Severity.Error, "SG001", "No content/site.yml."),
    ];

    private static JsonDocument Write(DiagnosticFormat format)
    {
        using var writer = new StringWriter();
        DiagnosticWriter.Write(format, Sample, writer);
        return JsonDocument.Parse(writer.ToString());
    }

    [Fact]
    public void Text_is_one_diagnostic_a_line()
    {
        using var writer = new StringWriter();
        DiagnosticWriter.Write(DiagnosticFormat.Text, Sample, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
        Assert.Equal(Sample.Select(d => d.ToString()), lines);
    }

    [Fact]
    public void Json_is_an_array_with_one_object_a_diagnostic()
    {
        using var json = Write(DiagnosticFormat.Json);

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(3, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Json_has_file_line_column_code_severity_and_message()
    {
        using var json = Write(DiagnosticFormat.Json);
        var first = json.RootElement[0];

        Assert.Equal("content/en/x.md", first.GetProperty("file").GetString());
        Assert.Equal(12, first.GetProperty("line").GetInt32());
        Assert.Equal(5, first.GetProperty("column").GetInt32());
        Assert.Equal("A11Y012", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("link-text-vague", first.GetProperty("rule").GetString());
        Assert.Equal("Link text \"here\" does not say where the link goes.", first.GetProperty("message").GetString());
    }

    [Fact]
    public void Json_has_null_file_for_a_diagnostic_without_location()
    {
        using var json = Write(DiagnosticFormat.Json);

        Assert.Equal(JsonValueKind.Null, json.RootElement[2].GetProperty("file").ValueKind);
    }

    [Fact]
    public void Sarif_is_version_2_1_0()
    {
        using var sarif = Write(DiagnosticFormat.Sarif);

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Sarif_results_have_rule_id_level_and_start_line()
    {
        using var sarif = Write(DiagnosticFormat.Sarif);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");

        Assert.Equal(3, results.GetArrayLength());
        var first = results[0];
        Assert.Equal("A11Y012", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("level").GetString());
        var physical = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("content/en/x.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(12, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("warning", results[1].GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_result_without_location_has_no_locations()
    {
        using var sarif = Write(DiagnosticFormat.Sarif);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[2];

        Assert.False(result.TryGetProperty("locations", out _));
        Assert.Equal("No content/site.yml.", result.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Sarif_lists_each_rule_once_with_its_wcag_tag()
    {
        using var sarif = Write(DiagnosticFormat.Sarif);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(["A11Y012", "SG001", "SG204"], rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var tags = rules[0].GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString());
        Assert.Contains("WCAG 2.4.4", tags);
    }
}
