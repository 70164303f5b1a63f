using System.Globalization;

namespace SiteGen.Accessibility;

/// <summary>An sRGB colour with alpha, and the WCAG 2 contrast maths on it.</summary>
/// <param name="R">Red, 0-255.</param>
/// <param name="G">Green, 0-255.</param>
/// <param name="B">Blue, 0-255.</param>
/// <param name="A">Alpha, 0 (transparent) to 1 (opaque).</param>
public readonly record struct CssColor(double R, double G, double B, double A = 1)
{
    /// <summary>Opaque white, #ffffff.</summary>
    public static CssColor White { get; } = new(255, 255, 255);

    /// <summary>Opaque black, #000000.</summary>
    public static CssColor Black { get; } = new(0, 0, 0);

    /// <summary>True when the colour has no alpha at all (transparent).</summary>
    public bool IsTransparent => A <= 0;

    /// <summary>True when the colour is fully opaque.</summary>
    public bool IsOpaque => A >= 1;

    /// <summary>Parses #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() (commas or spaces, "/ alpha", percentages),
    /// hsl()/hsla(), and the keywords white, black and transparent; null for anything else
    /// (other colour names, currentColor, var(), gradients).</summary>
    public static CssColor? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim().ToLowerInvariant();
        switch (s)
        {
            case "white": return White;
            case "black": return Black;
            case "transparent": return new CssColor(0, 0, 0, 0);
        }
        if (s[0] == '#') return ParseHex(s[1..]);
        var open = s.IndexOf('(');
        if (open <= 0 || !s.EndsWith(')')) return null;
        var name = s[..open].Trim();
        var args = s[(open + 1)..^1].Replace('/', ' ').Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (args.Length is < 3 or > 4) return null;
        var alpha = args.Length == 4 ? Number(args[3], 1) : 1;
        if (alpha is null) return null;
        if (name is "rgb" or "rgba")
        {
            var r = Number(args[0], 255); var g = Number(args[1], 255); var b = Number(args[2], 255);
            return r is null || g is null || b is null ? null : new CssColor(Clamp(r.Value, 255), Clamp(g.Value, 255), Clamp(b.Value, 255), Clamp(alpha.Value, 1));
        }
        if (name is "hsl" or "hsla")
        {
            var h = double.TryParse(args[0].Replace("deg", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var hv) ? hv : (double?)null;
            var sat = Number(args[1], 1); var light = Number(args[2], 1);
            return h is null || sat is null || light is null ? null : FromHsl(h.Value, Clamp(sat.Value, 1), Clamp(light.Value, 1), Clamp(alpha.Value, 1));
        }
        return null;
    }

    private static CssColor? ParseHex(string hex)
    {
        if (!hex.All(Uri.IsHexDigit)) return null;
        int Digit(int i) => Convert.ToInt32(hex.Substring(i, 1), 16);
        int Pair(int i) => Convert.ToInt32(hex.Substring(i, 2), 16);
        return hex.Length switch
        {
            3 => new CssColor(Digit(0) * 17, Digit(1) * 17, Digit(2) * 17),
            4 => new CssColor(Digit(0) * 17, Digit(1) * 17, Digit(2) * 17, Digit(3) * 17 / 255.0),
            6 => new CssColor(Pair(0), Pair(2), Pair(4)),
            8 => new CssColor(Pair(0), Pair(2), Pair(4), Pair(6) / 255.0),
            _ => null,
        };
    }

    // A plain number, or a percentage of `full` (255 for channels, 1 for alpha and hsl).
    private static double? Number(string token, double full)
    {
        var percent = token.EndsWith('%');
        var n = percent ? token[..^1] : token;
        if (!double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return null;
        if (percent) return v / 100 * full;
        return full == 1 && v > 1 && token != "1" ? v / 100 : v; // hsl's s and l are written as percentages
    }

    private static double Clamp(double v, double max) => Math.Clamp(v, 0, max);

    private static CssColor FromHsl(double h, double s, double l, double a)
    {
        h = ((h % 360) + 360) % 360 / 360;
        double Channel(double t)
        {
            var q = l < 0.5 ? l * (1 + s) : l + s - l * s;
            var p = 2 * l - q;
            t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
            return 255 * (t < 1 / 6.0 ? p + (q - p) * 6 * t : t < 0.5 ? q : t < 2 / 3.0 ? p + (q - p) * (2 / 3.0 - t) * 6 : p);
        }
        return new CssColor(Channel(h + 1 / 3.0), Channel(h), Channel(h - 1 / 3.0), a);
    }

    /// <summary>This colour painted over an opaque background (alpha compositing); opaque colours are unchanged.</summary>
    public CssColor Over(CssColor background)
    {
        if (IsOpaque) return this;
        var bg = background.IsOpaque ? background : background.Over(White);
        return new CssColor(R * A + bg.R * (1 - A), G * A + bg.G * (1 - A), B * A + bg.B * (1 - A));
    }

    /// <summary>WCAG 2 relative luminance of the (opaque) colour, 0 for black to 1 for white.</summary>
    public double RelativeLuminance
    {
        get
        {
            static double Linear(double channel)
            {
                var c = channel / 255;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);
        }
    }

    /// <summary>WCAG 2 contrast ratio (1 to 21) of a foreground over a background; a translucent foreground
    /// is composited over the background first, a translucent background over white.</summary>
    public static double ContrastRatio(CssColor foreground, CssColor background)
    {
        var bg = background.Over(White);
        var fg = foreground.Over(bg);
        var l1 = fg.RelativeLuminance;
        var l2 = bg.RelativeLuminance;
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    /// <summary>The ratio for messages: one decimal place, rounded down so a failing ratio never reads as the threshold.</summary>
    public static string FormatRatio(double ratio) =>
        (Math.Floor(ratio * 10 + 1e-9) / 10).ToString("0.0", CultureInfo.InvariantCulture) + ":1";

    /// <summary>#rrggbb (or #rrggbbaa when translucent), lower case.</summary>
    public string ToHex()
    {
        static string Byte(double v) => ((int)Math.Round(v)).ToString("x2", CultureInfo.InvariantCulture);
        return "#" + Byte(R) + Byte(G) + Byte(B) + (IsOpaque ? "" : Byte(A * 255));
    }

    /// <inheritdoc />
    public override string ToString() => ToHex();
}
