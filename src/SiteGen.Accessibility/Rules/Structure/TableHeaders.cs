namespace SiteGen.Accessibility.Rules;

/// <summary>A data table marks its header cells with th, so each cell can be read with its heading.</summary>
public sealed class TableHeaders : Rule
{
    public override string Id => "A11Y014";
    public override IReadOnlyList<string> Act => ["a25f45"];
    public override string Name => "table-headers";
    public override string Wcag => "1.3.1";
    public override Severity Severity => Severity.Error;
    public override string Help => "Give the table a header row: in markdown the first row of a table, followed by a |---| line, is its header.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var table in page.QuerySelectorAll("table"))
        {
            // Presentational tables are table-layout's concern.
            if (page.IsHidden(table) || Dom.IsPresentational(table)) continue;
            var hasHeader = table.QuerySelectorAll("th, [role=columnheader], [role=rowheader]")
                .Any(th => th.Closest("table") == table);
            if (!hasHeader)
                yield return Report(page, table, "This table has no header cells.");
        }
    }
}
