using System.Globalization;

namespace SiteGen.Accessibility.Rules;

/// <summary>The viewport meta tag does not stop people zooming in to read.</summary>
public sealed class MetaViewport : Rule
{
    public override string Id => "A11Y021";
    public override IReadOnlyList<string> Act => ["b4f0c3"];
    public override string Name => "meta-viewport";
    public override string Wcag => "1.4.4";
    public override Severity Severity => Severity.Error;
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
                var isNumber = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number);
                // Browsers treat user-scalable values between -1 and 1 as "no".
                if (key == "user-scalable" && (value == "no" || (isNumber && number > -1 && number < 1)))
                    yield return Report(page, meta, $"The viewport setting \"user-scalable={value}\" stops people zooming in.");
                else if (key == "maximum-scale" && isNumber && number < 2)
                    yield return Report(page, meta, $"The viewport setting \"maximum-scale={value}\" stops people zooming in far enough.");
            }
        }
    }
}
