using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Lists are built properly: ul/ol hold only li, dl holds dt/dd groups, and li, dt, dd sit in a list.</summary>
public sealed class ListStructure : Rule
{
    public override string Id => "A11Y028";
    public override string Name => "list-structure";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Write lists in markdown with a - or 1. at the start of each line; in HTML put only <li> directly inside <ul> or <ol>.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var list in page.QuerySelectorAll("ul, ol, menu"))
        {
            if (Dom.Role(list) is { Length: > 0 } role && role != "list") continue; // re-purposed, e.g. role=tablist
            foreach (var problem in Children(list, c => c.LocalName == "li"))
                yield return Report(page, problem.Element, $"A <{list.LocalName}> list contains {problem.What}, but may only contain <li> items.");
        }

        foreach (var dl in page.QuerySelectorAll("dl"))
        {
            if (Dom.Role(dl).Length > 0) continue;
            foreach (var problem in Children(dl, c => c.LocalName is "dt" or "dd" || (c.LocalName == "div" && c.Children.All(g => g.LocalName is "dt" or "dd" or "script" or "template"))))
                yield return Report(page, problem.Element, $"A <dl> list contains {problem.What}, but may only contain <dt> and <dd> pairs.");
        }

        foreach (var li in page.QuerySelectorAll("li"))
        {
            var parent = li.ParentElement;
            if (parent is null || parent.LocalName is "ul" or "ol" or "menu" || Dom.Role(parent) == "list") continue;
            yield return Report(page, li, $"A list item \"{Dom.Quote(AccessibleName.TextOf(li), 40)}\" is not inside a <ul> or <ol> list.");
        }

        foreach (var item in page.QuerySelectorAll("dt, dd"))
        {
            var parent = item.ParentElement;
            if (parent is null || parent.LocalName == "dl" || (parent.LocalName == "div" && parent.ParentElement?.LocalName == "dl")) continue;
            yield return Report(page, item, $"A <{item.LocalName}> is not inside a <dl> list.");
        }
    }

    // Text directly in a list is reported on the list itself; an element on the element.
    private static IEnumerable<(IElement Element, string What)> Children(IElement list, Func<IElement, bool> allowed)
    {
        foreach (var node in list.ChildNodes)
        {
            if (node is IText t && !string.IsNullOrWhiteSpace(t.Data))
                yield return (list, $"the loose text \"{Dom.Quote(t.Data, 40)}\"");
            else if (node is IElement e && e.LocalName is not ("script" or "template") && !allowed(e))
                yield return (e, $"a <{e.LocalName}>");
        }
    }
}
