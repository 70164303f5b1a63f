using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Tests;

/// <summary>
/// The rules of ours a page of tests/a11y-corpus must set off, named in its "Our rules find:" comment, so the
/// expectation sits beside the defect it describes.
/// </summary>
public static partial class CorpusExpectation
{
    /// <summary>The rule names the page expects, none for a clean page.</summary>
    public static IReadOnlyList<string> RuleNames(string html)
    {
        var match = Comment().Match(html);
        if (!match.Success)
            throw new InvalidOperationException("A corpus page needs an \"<!-- Our rules find: … -->\" line.");
        var names = match.Groups["names"].Value;
        return names == "nothing" ? [] : names.Split(", ");
    }

    [GeneratedRegex(@"<!-- Our rules find: (?<names>[^.]+)\. -->")]
    private static partial Regex Comment();
}
