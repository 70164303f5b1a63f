using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>One axe-core violation: a rule and the elements that fail it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<AxeNode> Nodes);

/// <summary>One failing element: its CSS selector, its HTML and axe's failure summary.</summary>
public sealed record AxeNode(string Target, string Html, string? Summary);

/// <summary>
/// Runs axe-core (the copy bundled in Deque.AxeCore.Commons, the engine under Deque.AxeCore.Playwright)
/// in a loaded page with a single axe.run call. Deque's page.RunAxe does the same work through
/// runPartial and a second blank page for finishRun, which costs seconds a page on a small machine.
/// </summary>
public static class Axe
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA: what every page SiteGen builds must pass.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The WCAG tags plus axe's best-practice rules (heading-order, empty-heading, landmark-unique ...).</summary>
    public static readonly string[] WcagAndBestPracticeTags = [.. WcagTags, "best-practice"];

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async options => {
          const result = await axe.run(document, options);
          return {
            version: result.testEngine.version,
            violations: result.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
            })),
          };
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Result(string Version, List<AxeViolation> Violations);

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page, params string[] tags)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Script.Value);
        // iframes: false. Frame rules (frame-title) look at the iframe element in this document; testing
        // inside frames needs axe injected into each one, and SiteGen's pages have no frames of their own.
        var options = new { runOnly = new { type = "tag", values = tags }, resultTypes = new[] { "violations" }, iframes = false };
        var json = await page.EvaluateAsync<JsonElement>(Run, options);
        var result = json.Deserialize<Result>(Json) ?? throw new InvalidOperationException("axe.run returned nothing.");
        return result.Violations;
    }

    /// <summary>One line per failing element: rule id, impact, target selector, page, and what is wrong.</summary>
    public static IEnumerable<string> Describe(IEnumerable<AxeViolation> violations, string sitePath) =>
        from v in violations
        from n in v.Nodes
        select $"{v.Id} ({v.Impact}) at `{n.Target}` on {sitePath}: {v.Help}. {n.Summary?.ReplaceLineEndings(" ")} [{n.Html}]";
}
