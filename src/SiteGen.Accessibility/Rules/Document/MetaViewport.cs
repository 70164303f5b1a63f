using System.Globalization;

namespace SiteGen.Accessibility.Rules;

/// <summary>The viewport meta tag does not stop people zooming in to read.</summary>
public sealed class MetaViewport : Rule
{
    public override string Id => "A11Y021";
    public override IReadOnlyList<string> Act => ["b4f0c3"];
    public override string Name => "meta-viewport";
    public override string Wcag => "1.4.4";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Remove user-scalable=no and any maximum-scale below 2 from the viewport meta tag in the theme.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var meta in page.QuerySelectorAll("meta[name]"))
        {
            if (!string.Equals(meta.GetAttribute("name")?.Trim(), "viewport", StringComparison.OrdinalIgnoreCase)) continue;
            var content = meta.GetAttribute("content") ?? "";
            foreach (var part in content.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = part.IndexOf('=');
                if (eq < 0) continue;
                var key = part[..eq].Trim().ToLowerInvariant();
                var value = part[(eq + 1)..].Trim().ToLowerInvariant();
                if (key == "user-scalable" && !AllowsScaling(value))
                    yield return Report(page, meta, $"The viewport setting \"user-scalable={value}\" stops people zooming in.");
                else if (key == "maximum-scale" && MaximumScale(value) is < 2)
                    yield return Report(page, meta, $"The viewport setting \"maximum-scale={value}\" stops people zooming in far enough.");
            }
        }
    }

    // Browsers read yes as 1, no and unknown words as 0, device-width and device-height as 10;
    // a number between -1 and 1 means "no".
    private static bool AllowsScaling(string value) => value switch
    {
        "yes" or "device-width" or "device-height" => true,
        _ => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && Math.Abs(n) >= 1,
    };

    // The zoom limit a browser takes from the value; null when it ignores the setting (a negative number).
    private static double? MaximumScale(string value) => value switch
    {
        "device-width" or "device-height" => 10,
        "no" => 0.1,
        _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n < 0 ? null : n,
        // yes and unknown words are read as 1: no zoom.
        _ => 1,
    };
}
