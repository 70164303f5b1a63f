using Xunit.Abstractions;

namespace SiteGen.Accessibility.Tests;

/// <summary>
/// The heuristic text and link rules against sentences written the way charities, councils and governments write
/// (tests/real-writing): every sentence that must pass passes and every one that must fail is flagged. The
/// precision (flagged sentences that are true failures) and recall (true failures flagged) are printed.
/// </summary>
public class RealWritingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("abbr-first-use")]
    [InlineData("sensory-wording")]
    [InlineData("link-file-type")]
    [InlineData("link-text-ambiguous")]
    [InlineData("fake-heading")]
    public void Rule_flags_the_failing_sentences_and_only_them(string ruleName)
    {
        var corpus = RealWritingCorpus.Load(ruleName);
        Assert.True(corpus.Pass.Count >= 15 && corpus.Fail.Count >= 10, $"{ruleName}.md needs 15 pass and 10 fail sentences.");
        var rule = Assert.Single(AccessibilityChecker.Default.Rules, r => r.Name == ruleName);
        bool Flags(string entry) => rule.Check(TestPages.Parse(RealWritingCorpus.PageOf(entry))).Any();

        var wronglyFlagged = corpus.Pass.Where(Flags).ToList();
        var missed = corpus.Fail.Where(s => !Flags(s)).ToList();
        var truePositives = corpus.Fail.Count - missed.Count;
        output.WriteLine($"{ruleName}: precision {truePositives}/{truePositives + wronglyFlagged.Count}, recall {truePositives}/{corpus.Fail.Count}");

        Assert.True(wronglyFlagged.Count == 0 && missed.Count == 0,
            "Flagged but should pass:\n  " + string.Join("\n  ", wronglyFlagged) + "\nMissed:\n  " + string.Join("\n  ", missed));
    }
}
