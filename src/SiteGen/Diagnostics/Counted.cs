namespace SiteGen.Diagnostics;

/// <summary>Counts written out in English for the terminal and the report ("1 error", "3 warnings").</summary>
public static class Counted
{
    /// <summary>The number and the noun, with an s unless there is exactly one; every noun counted here takes a plain s.</summary>
    public static string Of(int n, string noun) => $"{n} {(n == 1 ? noun : noun + "s")}";
}
