using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>A data table marks its header cells with th, so each cell can be read with its heading.</summary>
public sealed class TableHeaders : Rule
{
    public override string Id => "A11Y014";
    public override IReadOnlyList<string> Act => ["a25f45"];
    public override string Name => "table-headers";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Give the table a header row: in markdown the first row of a table, followed by a |---| line, is its header.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var table in page.QuerySelectorAll("table"))
        {
            // Presentational tables are table-layout's concern.
            if (page.IsHidden(table) || !IsTable(table)) continue;
            var hasHeader = table.QuerySelectorAll("th, [role=columnheader], [role=rowheader]")
                .Any(th => th.Closest("table") == table);
            // A table of one row (or none) has no cells to relate to one another.
            if (!hasHeader && table.QuerySelectorAll("tr, [role=row]").Count(r => r.Closest("table") == table) > 1)
                yield return Report(page, table, "This table has no header cells.");
            foreach (var cell in table.QuerySelectorAll("td[headers], th[headers]"))
                if (cell.Closest("table") == table && WrongHeader(cell, table) is { } id)
                    yield return Report(page, cell, $"A cell's headers attribute names \"{Dom.Quote(id, 30)}\", "
                        + "which is not another cell of the same table.");
        }
    }

    // A table with another role (region, presentation) is not a table to screen readers.
    private static bool IsTable(IElement table) =>
        !Dom.IsPresentational(table) && Dom.Role(table) is "" or "table" or "grid" or "treegrid";

    // The first id in headers that names the cell itself or something that is not a cell of this table; an id
    // that names nothing is id-unique-refs' to report.
    private static string? WrongHeader(IElement cell, IElement table) =>
        Dom.IdRefs(cell.GetAttribute("headers")).FirstOrDefault(id => cell.Owner?.GetElementById(id) is { } target
            && (target == cell || target.LocalName is not ("th" or "td") || target.Closest("table") != table));
}
