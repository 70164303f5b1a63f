namespace SiteGen.Accessibility.Rules;

/// <summary>A data table has a caption or other name, so screen reader users know what it holds before reading it (technique H39).</summary>
/// <remarks>A table directly after a heading counts as named: markdown pipe tables cannot carry a caption,
/// and the heading already introduces the table to someone moving through the page. Only tables the writer wrote are
/// checked: the advice is for them, and a caption is not required by WCAG.</remarks>
public sealed class TableCaption : Rule
{
    public override string Id => "A11Y048";
    public override string Name => "table-caption";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.BestPractice;

    // WCAG does not require a caption (the W3C ACT rules pass such tables).
    public override bool Advisory => true;
    public override string Help => "Put a heading just before the table that says what it shows, or give the table a <caption>.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var table in page.QuerySelectorAll("table"))
        {
            if (!page.IsWrittenContent(table) || page.IsHidden(table) || Dom.IsPresentational(table)
                || table.QuerySelector("th") is null)
                continue;
            if (AccessibleName.Of(table).Length > 0) continue;
            if (table.PreviousElementSibling is { } prev && Dom.HeadingLevel(prev) > 0) continue;
            if (table.ParentElement is { } wrapper && Dom.Role(wrapper) == "region" && AccessibleName.FromAria(wrapper).Length > 0) continue;
            yield return Report(page, table, "This table has no caption or heading that says what it shows.");
        }
    }
}
