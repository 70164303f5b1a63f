namespace SiteGen.Accessibility.Rules;

/// <summary>No element has the same attribute twice: browsers use the first and silently drop the other.</summary>
public sealed class AttrNotDuplicated : Rule
{
    public override string Id => "A11Y073";
    public override IReadOnlyList<string> Act => ["e6952f"];
    public override string Name => "attr-not-duplicated";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help =>
        "Write each attribute once in the tag, and keep the value you meant: browsers ignore the second one.";

    public override IEnumerable<Finding> Check(PageContext page) =>
        page.DuplicatedAttributes.Select(e => Report(page, e,
            $"A <{e.LocalName}> has the same attribute written twice; browsers ignore the second one."));
}
