using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Accessibility;

/// <summary>How far a CSS transform or rotate value turns an element around the Z axis, in degrees.</summary>
public static partial class CssRotation
{
    /// <summary>
    /// The turn set by a rotate property, or by the rotate, rotateZ, matrix and matrix3d functions of a transform;
    /// 0 when the value turns nothing, null when a static check cannot tell (rotate3d, variables, bad values).
    /// </summary>
    public static double? Degrees(string? transform, string? rotate)
    {
        double total = 0;
        if (!string.IsNullOrWhiteSpace(rotate) && rotate.Trim() != "none")
        {
            if (Angle(rotate.Trim()) is not { } turn) return null;
            total += turn;
        }
        foreach (Match f in Function().Matches(transform ?? ""))
        {
            var args = f.Groups["args"].Value.Split(',', StringSplitOptions.TrimEntries);
            double? turn = f.Groups["name"].Value.ToLowerInvariant() switch
            {
                "rotate" or "rotatez" when args.Length == 1 => Angle(args[0]),
                "matrix" when args.Length == 6 => FromMatrix(args[0], args[1]),
                "matrix3d" when args.Length == 16 => FromMatrix(args[0], args[1]),
                "rotate3d" => null,
                "rotate" or "rotatez" or "matrix" or "matrix3d" => null,
                _ => 0,
            };
            if (turn is null) return null;
            total += turn.Value;
        }
        return total;
    }

    /// <summary>True when a turn is a quarter turn either way (within a degree), as a phone turned on its side is.
    /// </summary>
    public static bool IsQuarterTurn(double degrees)
    {
        var r = ((degrees % 180) + 180) % 180;
        return Math.Abs(r - 90) < 1;
    }

    private static double? FromMatrix(string a, string b) =>
        Number(a) is { } cos && Number(b) is { } sin ? Math.Atan2(sin, cos) * 180 / Math.PI : null;

    private static double? Angle(string value)
    {
        (string Unit, double Degrees)[] units = [("deg", 1), ("grad", 0.9), ("rad", 180 / Math.PI), ("turn", 360)];
        foreach (var (unit, factor) in units)
            if (value.EndsWith(unit, StringComparison.OrdinalIgnoreCase) && Number(value[..^unit.Length]) is { } n)
                return n * factor;
        return value == "0" ? 0 : null;
    }

    private static double? Number(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"(?<name>[a-zA-Z0-9]+)\((?<args>[^)]*)\)")]
    private static partial Regex Function();
}
