using SiteGen.Accessibility;

namespace SiteGen.Accessibility.Tests;

/// <summary>Builds minimal valid pages so that each test varies only what it is about.</summary>
internal static class TestPages
{
    /// <summary>A complete page with the given body; the head is valid unless overridden.</summary>
    public static string Document(string body, string lang = "en", string title = "Test page – Example charity", string? head = null) =>
        $"""
        <!DOCTYPE html>
        <html lang="{lang}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title>
        {head}
        </head>
        <body>
        {body}
        </body>
        </html>
        """;

    /// <summary>A clean page: skip link, one main with one h1, and the fragment inside main after the h1.</summary>
    public static string Page(string fragment, string lang = "en", string title = "Test page – Example charity") =>
        Document($"""
            <a href="#main-content" class="skip-link">Skip to main content</a>
            <main id="main-content">
            <h1>Test page</h1>
            {fragment}
            </main>
            """, lang, title);

    public static PageContext Parse(string html, CheckOptions? options = null, string url = "/test/") =>
        PageContext.Parse(html, url, options ?? CheckOptions.Default);

    /// <summary>Findings from one rule only.</summary>
    public static IReadOnlyList<Finding> Run<T>(string html, CheckOptions? options = null) where T : Rule, new() =>
        new T().Check(Parse(html, options)).ToList();

    /// <summary>Findings from every shipped rule.</summary>
    public static IReadOnlyList<Finding> RunAll(string html, CheckOptions? options = null) =>
        AccessibilityChecker.Default.CheckPage(Parse(html, options));

    /// <summary>Asserts the whole checker finds nothing, printing the findings when it does.</summary>
    public static void AssertClean(string html, CheckOptions? options = null)
    {
        var findings = RunAll(html, options);
        Assert.True(findings.Count == 0, "Expected no findings but got:\n" + string.Join("\n", findings.Select(f => $"{f.RuleId} {f.RuleName}: {f.Text}")));
    }

    public static CheckOptions Options(string[]? languages = null, string[]? ignored = null) => new()
    {
        Languages = new HashSet<string>(languages ?? [], StringComparer.OrdinalIgnoreCase),
        IgnoredRules = new HashSet<string>(ignored ?? [], StringComparer.OrdinalIgnoreCase),
    };
}
