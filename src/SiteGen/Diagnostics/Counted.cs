namespace SiteGen.Diagnostics;

/// <summary>Counts written out in English for the terminal and the report ("1 error", "3 warnings").</summary>
public static class Counted
{
    /// <summary>The number and the noun, with an s unless there is exactly one; every noun counted here takes a plain s.</summary>
    public static string Of(int n, string noun) => $"{n} {(n == 1 ? noun : noun + "s")}";

    /// <summary>As <see cref="Of"/>, with the thousands grouped ("1,204 problems"), for figures that run large.</summary>
    public static string Grouped(int n, string noun) => $"{Number(n)} {(n == 1 ? noun : noun + "s")}";

    /// <summary>The number with its thousands grouped by commas, as English writes it: "1,204".</summary>
    public static string Number(int n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
}
