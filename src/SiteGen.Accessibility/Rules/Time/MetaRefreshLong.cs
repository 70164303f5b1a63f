namespace SiteGen.Accessibility.Rules;

/// <summary>The page does not reload or move on by itself at all, even after a very long delay.</summary>
public sealed class MetaRefreshLong : Rule
{
    public override string Id => "A11Y068";
    public override IReadOnlyList<string> Act => ["bisz58"];
    public override string Name => "meta-refresh-long";
    public override string Wcag => "3.2.5";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Remove the meta refresh from the page, or set its delay to 0: a page should change only when its reader asks.";

    // Delays up to 20 hours are reported by meta-refresh, as a time limit; longer ones only change the page unasked.
    public override IEnumerable<Finding> Check(PageContext page)
    {
        if (MetaRefresh.Of(page) is not var (meta, seconds) || seconds <= MetaRefresh.TwentyHours) yield break;
        yield return Report(page, meta, $"The page reloads or moves on by itself after {seconds} seconds.");
    }
}
