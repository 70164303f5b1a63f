using System.Text.RegularExpressions;

namespace SiteGen.Act.Tests.Suite;

/// <summary>One ACT rule file: its id and name from the front matter and its HTML test cases.</summary>
public sealed partial record ActRuleFile(string Id, string Name, string FileName, IReadOnlyList<ActCase> Cases)
{
    /// <summary>Reads a rule file as the ACT repository writes it: front matter, then "#### Failed Example N" sections,
    /// each with one code block (HTML mostly; SVG, XML or script where a case is about a document that is not HTML).
    /// </summary>
    public static ActRuleFile Parse(string fileName, string text)
    {
        var frontMatter = text.Split("---", 3, StringSplitOptions.None)[1];
        var id = FrontMatterValue(frontMatter, "id");
        var name = FrontMatterValue(frontMatter, "name").Trim('\'', '"');
        var cases = new List<ActCase>();
        foreach (Match m in CaseHeading().Matches(text))
        {
            var rest = text[(m.Index + m.Length)..];
            var next = rest.IndexOf("\n#", StringComparison.Ordinal);
            var section = next < 0 ? rest : rest[..next];
            var code = CodeBlock().Match(section);
            if (!code.Success) continue;
            var expected = Enum.Parse<Expected>(m.Groups["kind"].Value);
            cases.Add(new ActCase(id, expected, int.Parse(m.Groups["n"].Value), code.Groups["code"].Value));
        }
        return new ActRuleFile(id, name, fileName, cases);
    }

    private static string FrontMatterValue(string frontMatter, string key)
    {
        var m = Regex.Match(frontMatter, $@"^{key}:\s*(.+?)\s*$", RegexOptions.Multiline);
        if (!m.Success) throw new FormatException($"The ACT rule's front matter has no '{key}:'.");
        return m.Groups[1].Value;
    }

    [GeneratedRegex(@"^#### (?<kind>Passed|Failed|Inapplicable) Example (?<n>\d+)[^\n]*$", RegexOptions.Multiline)]
    private static partial Regex CaseHeading();

    [GeneratedRegex(@"```(?:html|svg|xml|xhtml|js)[^\n]*\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
