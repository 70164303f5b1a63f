namespace SiteGen.Accessibility.Rules;

/// <summary>The page does not reload or move to another page by itself after a delay (a time limit readers cannot stop).</summary>
public sealed class MetaRefreshDelay : Rule
{
    public override string Id => "A11Y067";
    public override IReadOnlyList<string> Act => ["bc659a", "bisz58"];
    public override string Name => "meta-refresh";
    public override string Wcag => "2.2.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Remove the meta refresh from the page, or set its delay to 0 so that readers are sent to the new page at once.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        if (MetaRefresh.Of(page) is not var (meta, seconds) || seconds == 0 || seconds > MetaRefresh.TwentyHours)
            yield break;
        yield return Report(page, meta,
            $"The page reloads or moves on by itself after {seconds} seconds, which may be before someone has read it.");
    }
}
