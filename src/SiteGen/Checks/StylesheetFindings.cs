using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Accessibility;
using SiteGen.Pipeline;

namespace SiteGen.Checks;

/// <summary>
/// What the accessibility rules find in a stylesheet, worked out once per stylesheet text in a process. The first
/// stylesheet a process parses costs hundreds of milliseconds (AngleSharp.Css builds its tables of properties),
/// and a theme's stylesheets are known before any page is read, so a build starts checking them in the background
/// as it begins (<see cref="Start"/>) and the page checks, at the end, find their findings ready.
/// </summary>
public static class StylesheetFindings
{
    // A few texts at most: the theme's stylesheets, and in the preview their latest edits.
    private const int Kept = 16;
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<Finding>>> ByText = new(StringComparer.Ordinal);

    /// <summary>Starts checking the theme's stylesheets, as they will be published, on the thread pool; returns at once.</summary>
    public static void Start(BuildContext context)
    {
        var theme = context.Theme;
        var options = CheckOptions.Default with { Level = context.Site.Config.AccessibilityLevel };
        _ = Task.Run(() =>
        {
            try
            {
                foreach (var asset in theme.Assets.Assets.Values)
                    if (asset.PublishedPath.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
                        Of(asset.RewrittenText ?? File.ReadAllText(asset.File), options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A stylesheet that cannot be read here is read, and reported, where the build publishes it.
            }
        });
    }

    /// <summary>The findings of the stylesheet <paramref name="css"/> under <paramref name="options"/>, worked out now unless already known.</summary>
    public static IReadOnlyList<Finding> Of(string css, CheckOptions options)
    {
        // Stylesheet rules read nothing of the options but the rules they ignore and the site's level.
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(css))) + "\n" + options.Level + "\n"
            + string.Join(",", options.IgnoredRules.Order(StringComparer.OrdinalIgnoreCase));
        if (ByText.Count >= Kept && !ByText.ContainsKey(key)) ByText.Clear();
        // Lazy: the build's check waits for a check started in the background rather than doing it twice.
        return ByText.GetOrAdd(key, _ => new Lazy<IReadOnlyList<Finding>>(() =>
            AccessibilityChecker.Default.CheckStylesheet(StylesheetContext.Parse(css, "", options)).ToImmutableArray())).Value;
    }
}
