using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Diagnostics.Formats;

/// <summary>Diagnostics as a JSON array, one object each, for scripts and editors.</summary>
public static class JsonFormat
{
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        var array = new JsonArray(diagnostics.Select(d => (JsonNode)new JsonObject
        {
            ["severity"] = d.Severity.ToString().ToLowerInvariant(),
            ["code"] = d.Code,
            ["rule"] = d.RuleName,
            ["wcag"] = d.Wcag,
            ["message"] = d.Message,
            ["file"] = d.Location?.File,
            ["line"] = d.Location?.Line,
            ["column"] = d.Location?.Column,
        }).ToArray());
        writer.WriteLine(array.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
