using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Diagnostics.Baselines;

/// <summary>
/// Reads and writes <see cref="Baseline.FileName"/> at the site root: pretty JSON with a version, one object a
/// finding in a stable order, so a team commits it and sees in each diff which problems were fixed.
/// </summary>
public static class BaselineFile
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        // Quotes and letters of every language as written: the file is read in diffs, not only by SiteGen.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string PathIn(string siteRoot) => Path.Combine(siteRoot, Baseline.FileName);

    /// <summary>
    /// The site's baseline, <see cref="Baseline.None"/> when it has none, or null after reporting why it cannot
    /// be read.
    /// </summary>
    public static Baseline? Read(string siteRoot, DiagnosticBag diagnostics)
    {
        var path = PathIn(siteRoot);
        if (!File.Exists(path)) return Baseline.None;
        try
        {
            // Problems in its shape have no line to point at: a JsonNode does not keep where it was read.
            return Parse(File.ReadAllText(path), out var problem) ?? Refuse(diagnostics, problem!, new(1, 1));
        }
        catch (JsonException e)
        {
            var at = ((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return Refuse(diagnostics, "it is not valid JSON, or a key is written twice in one object", at);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(diagnostics, $"the file could not be opened ({e.Message})", new(1, 1));
        }
    }

    public static void Write(string siteRoot, Baseline baseline)
    {
        var findings = new JsonArray([.. baseline.Entries.Select(Json)]);
        var root = new JsonObject { ["version"] = Version, ["findings"] = findings };
        File.WriteAllText(PathIn(siteRoot), root.ToJsonString(Pretty) + "\n");
    }

    private static JsonNode Json(BaselineEntry entry)
    {
        var json = new JsonObject { ["file"] = entry.File, ["code"] = entry.Code };
        if (entry.Rule is { } rule) json["rule"] = rule;
        json["fingerprint"] = entry.Fingerprint;
        json["count"] = entry.Count;
        json["message"] = entry.Message;
        return json;
    }

    private static Baseline? Parse(string text, out string? problem)
    {
        problem = null;
        // A key written twice would make the object throw when read; refused here, it is an error at its line.
        var strict = new JsonDocumentOptions { AllowDuplicateProperties = false };
        if (JsonNode.Parse(text, documentOptions: strict) is not JsonObject root) return Fail("it is not a JSON object", out problem);
        if (root["version"] is not JsonValue version || !version.TryGetValue<int>(out var v))
            return Fail("it has no \"version\"", out problem);
        if (v != Version)
            return Fail($"it is version {v}, and this SiteGen reads version {Version}", out problem);
        if (root["findings"] is not JsonArray findings) return Fail("it has no \"findings\" list", out problem);
        var entries = new List<BaselineEntry>(findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            if (Entry(findings[i]) is not { } entry)
                return Fail($"finding {i + 1} needs a \"code\", a \"fingerprint\" and a \"count\" of 1 or more",
                    out problem);
            entries.Add(entry);
        }
        return new Baseline(entries);
    }

    private static BaselineEntry? Entry(JsonNode? node)
    {
        if (node is not JsonObject o) return null;
        var count = o["count"] is JsonValue c && c.TryGetValue<int>(out var n) ? n : 0;
        if (Text(o["code"]) is not { } code || Text(o["fingerprint"]) is not { } fingerprint || count < 1) return null;
        return new BaselineEntry(Text(o["file"]), code, fingerprint, count, Text(o["rule"]), Text(o["message"]) ?? "");
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static Baseline? Fail(string why, out string? problem)
    {
        problem = why;
        return null;
    }

    private static Baseline? Refuse(DiagnosticBag diagnostics, string why, (int Line, int Column) at)
    {
        diagnostics.Error(Codes.BaselineUnreadable,
            $"{Baseline.FileName} cannot be read: {why}. Run sitegen baseline to write it again from today's "
            + "findings, or delete it to report every problem.",
            new SourceLocation(Baseline.FileName, at.Line, at.Column));
        return null;
    }
}
