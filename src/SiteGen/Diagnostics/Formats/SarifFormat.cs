using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Diagnostics.Formats;

/// <summary>Diagnostics as SARIF 2.1.0, which GitHub code scanning shows inline on pull requests.</summary>
public static class SarifFormat
{
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        var rules = diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var rule = new JsonObject { ["id"] = g.Key };
            if (g.First().RuleName is { } name) rule["name"] = name;
            if (g.First().Wcag is { } wcag) rule["properties"] = new JsonObject { ["tags"] = new JsonArray("accessibility", $"WCAG {wcag}") };
            return (JsonNode)rule;
        }).ToArray();

        var results = diagnostics.Select(d =>
        {
            var result = new JsonObject
            {
                ["ruleId"] = d.Code,
                ["level"] = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" },
                ["message"] = new JsonObject { ["text"] = d.Message },
            };
            if (d.Location is { } at)
                result["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = at.File, ["uriBaseId"] = "SRCROOT" },
                        ["region"] = new JsonObject { ["startLine"] = at.Line, ["startColumn"] = at.Column },
                    },
                });
            return (JsonNode)result;
        }).ToArray();

        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "SiteGen",
                        ["informationUri"] = "https://example.org/sitegen",
                        ["rules"] = new JsonArray(rules),
                    },
                },
                ["results"] = new JsonArray(results),
            }),
        };
        writer.WriteLine(sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
