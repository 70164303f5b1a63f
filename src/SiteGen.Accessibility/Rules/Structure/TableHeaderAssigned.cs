using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Every header cell of a table heads at least one cell: a header over an empty column is read with nothing.
/// </summary>
public sealed class TableHeaderAssigned : Rule
{
    public override string Id => "A11Y072";
    public override IReadOnlyList<string> Act => ["d0f69e"];
    public override string Name => "table-header-assigned";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Remove the header cell that has no cells under it (or beside it), or fill in the cells it heads.";

    private sealed record Placed(IElement Cell, int Row, int Column, int Width, int Height);

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var table in page.Elements.Where(IsTable))
        {
            if (page.IsHidden(table)) continue;
            var cells = Layout(table);
            foreach (var header in cells.Where(c => HeaderKind(c.Cell, cells) is not null && !page.IsHidden(c.Cell)))
                if (!cells.Any(c => c != header && Heads(header, c, cells)))
                    yield return Report(page, header.Cell,
                        $"The header cell \"{Dom.Quote(header.Cell.TextContent.Trim(), 40)}\" heads no cells.");
        }
    }

    private static bool IsTable(IElement e) =>
        e.LocalName == "table" && !Dom.IsPresentational(e) && Dom.Role(e) is "" or "table" or "grid" or "treegrid"
        || e.LocalName != "table" && Dom.Role(e) is "table" or "grid" or "treegrid";

    private static bool Heads(Placed header, Placed cell, IReadOnlyList<Placed> cells)
    {
        if (cell.Cell.GetAttribute("headers") is { } headers)
            return header.Cell.Id is { Length: > 0 } id && Dom.IdRefs(headers).Contains(id);
        return HeaderKind(header.Cell, cells) == "columnheader"
            ? cell.Row > header.Row && Overlaps(cell.Column, cell.Width, header.Column, header.Width)
            : cell.Column > header.Column && Overlaps(cell.Row, cell.Height, header.Row, header.Height);
    }

    private static bool Overlaps(int start, int length, int otherStart, int otherLength) =>
        start < otherStart + otherLength && otherStart < start + length;

    // An explicit role or scope decides; a th without either heads its column when its whole row is headers, as
    // in a header row, and its row otherwise.
    private static string? HeaderKind(IElement cell, IReadOnlyList<Placed> cells)
    {
        var role = Dom.Role(cell);
        if (role is "columnheader" or "rowheader") return role;
        if (cell.LocalName != "th" || role.Length > 0) return null;
        var scope = cell.GetAttribute("scope")?.Trim().ToLowerInvariant();
        if (scope is "row" or "rowgroup") return "rowheader";
        if (scope is "col" or "colgroup") return "columnheader";
        var row = cells.First(c => c.Cell == cell).Row;
        return cells.Where(c => c.Row == row).All(c => c.Cell.LocalName == "th") ? "columnheader" : "rowheader";
    }

    // Each cell with its place in the table's grid, spans taken into account.
    private static List<Placed> Layout(IElement table)
    {
        var placed = new List<Placed>();
        var taken = new HashSet<(int, int)>();
        var rows = table.QuerySelectorAll("tr, [role=row]").Where(r => OwningTable(r) == table).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Children.Where(IsCell))
            {
                while (taken.Contains((r, column))) column++;
                var width = Span(cell, "colspan");
                var height = Span(cell, "rowspan");
                for (var dr = 0; dr < height; dr++)
                    for (var dc = 0; dc < width; dc++)
                        taken.Add((r + dr, column + dc));
                placed.Add(new Placed(cell, r, column, width, height));
                column += width;
            }
        }
        return placed;
    }

    private static IElement? OwningTable(IElement row)
    {
        for (var e = row.ParentElement; e is not null; e = e.ParentElement)
            if (IsTable(e)) return e;
        return null;
    }

    private static bool IsCell(IElement e) =>
        Dom.Role(e) is "cell" or "gridcell" or "columnheader" or "rowheader"
        || e.LocalName is "td" or "th" && Dom.Role(e) == "";

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out var n) && n > 0 ? Math.Min(n, 1000) : 1;
}
