using System.Reflection;
using System.Text.RegularExpressions;

namespace SiteGen.Diagnostics;

/// <summary>Short names for diagnostic codes: a rule's own name, or the words of SiteGen's constant for the code.</summary>
public static partial class CodeNames
{
    private static readonly Dictionary<string, string> OfCodes = typeof(Codes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .GroupBy(f => (string)f.GetRawConstantValue()!)
        .ToDictionary(g => g.Key, g => Words(g.First().Name), StringComparer.Ordinal);

    /// <summary>"link-text-vague" for A11Y012, "title missing" for SG203; empty when the code has no name.</summary>
    public static string Of(Diagnostic diagnostic) =>
        diagnostic.RuleName ?? OfCodes.GetValueOrDefault(diagnostic.Code) ?? "";

    // TitleMissing → "title missing": the constants are already named for what they report.
    private static string Words(string pascal) => WordStart().Replace(pascal, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
