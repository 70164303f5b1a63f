namespace SiteGen.Act.Tests.Suite;

/// <summary>What an ACT test case expects of a checker: a failed case must be flagged, the others must not.</summary>
public enum Expected
{
    Passed,
    Failed,
    Inapplicable,
}

/// <summary>One HTML test case of an ACT rule, e.g. "Failed Example 3" of rule 23a2a8.</summary>
public sealed record ActCase(string RuleId, Expected Expected, int Number, string Html)
{
    /// <summary>The case as the known-gaps file and messages name it: "23a2a8 Failed 3".</summary>
    public string Key => $"{RuleId} {Expected} {Number}";

    /// <summary>The case's address on W3C's ACT pages: rule id and SHA-1 of its whitespace-collapsed code.</summary>
    public string Url => $"https://act-rules.github.io/testcases/{RuleId}/{CodeHash()}.html";

    private string CodeHash()
    {
        var collapsed = string.Join(' ', Html.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(collapsed));
        return Convert.ToHexStringLower(hash);
    }
}
