namespace SiteGen.Accessibility.Rules;

/// <summary>Tables hold data, not page layout: no role="presentation" tables and no tables inside tables.</summary>
public sealed class TableLayout : Rule
{
    public override string Id => "A11Y029";
    public override string Name => "table-layout";
    public override string Wcag => "1.3.1, 1.3.2";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Use a table only for data with a header row; lay out text and images with headings, lists and paragraphs instead.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var table in page.QuerySelectorAll("table"))
        {
            if (page.IsHidden(table)) continue;
            if (Dom.IsPresentational(table))
                yield return Report(page, table, "A table is used for layout (role=\"presentation\").");
            else if (table.ParentElement?.Closest("table") is not null)
                yield return Report(page, table, "A table is nested inside another table.");
        }
    }
}
