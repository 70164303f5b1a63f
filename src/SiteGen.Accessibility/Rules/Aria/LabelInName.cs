using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>A link or button's aria-label contains its visible words, so voice users can say what they see.</summary>
public sealed class LabelInName : Rule
{
    public override string Id => "A11Y059";
    public override string Name => "label-in-name";
    public override string Wcag => "2.5.3";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Start the aria-label with the words shown on screen, e.g. aria-label=\"Read more about the summer fair\" for \"Read more\".";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("a[href][aria-label], a[href][aria-labelledby], button[aria-label], button[aria-labelledby], [role=button][aria-label], [role=link][aria-label]"))
        {
            if (page.IsHidden(e)) continue;
            var visible = Scripts.Normalise(VisibleText(e));
            if (visible.Length == 0) continue; // icon-only: nothing visible to match
            var name = Scripts.Normalise(AccessibleName.Of(e));
            if (!(" " + name + " ").Contains(" " + visible + " ", StringComparison.Ordinal))
                yield return Report(page, e, $"The label \"{Dom.Quote(AccessibleName.Of(e))}\" does not contain the visible text \"{Dom.Quote(VisibleText(e), 40)}\".");
        }
    }

    // On-screen text: what a sighted user reads, so .visually-hidden text is left out here.
    private static string VisibleText(IElement e)
    {
        var sb = new StringBuilder();
        foreach (var node in e.ChildNodes)
        {
            if (node is IText t) sb.Append(t.Data);
            else if (node is IElement c && !Dom.IsSelfHidden(c) && !c.ClassList.Contains("visually-hidden") && !c.ClassList.Contains("sr-only"))
                sb.Append(c.LocalName == "br" ? " " : c.LocalName == "img" ? "" : VisibleText(c));
        }
        return Dom.Collapse(sb.ToString());
    }
}
