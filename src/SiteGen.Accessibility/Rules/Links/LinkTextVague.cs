namespace SiteGen.Accessibility.Rules;

/// <summary>Link text says where the link goes: "here" is an error, "read more" a warning unless made specific.</summary>
public sealed class LinkTextVague : Rule
{
    private static readonly HashSet<string> Hard = new(StringComparer.Ordinal)
    {
        "here", "click here", "click", "this", "this link", "link", "this page", "website", "click this link",
        "go here", "clicking here", "press here",
        // Welsh: yma (here), cliciwch yma (click here).
        "yma", "cliciwch yma",
    };

    private static readonly HashSet<string> Soft = new(StringComparer.Ordinal)
    {
        "read more", "more information", "more", "learn more", "find out more", "more info", "details", "continue",
        "see more", "download", "more details", "view more", "read on", "full story",
        // Welsh: darllen mwy (read more), mwy (more), rhagor o wybodaeth (more information).
        "darllen mwy", "mwy", "rhagor o wybodaeth",
    };

    public override string Id => "A11Y012";
    public override string Name => "link-text-vague";
    public override string Wcag => "2.4.4";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Use words that describe the destination.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            if (page.IsHidden(a)) continue;
            var name = AccessibleName.Of(a);
            if (name.Length == 0) continue; // link-name's job
            var normal = Scripts.Normalise(name);
            if (Hard.Contains(normal))
                yield return Report(page, a, $"Link text \"{Dom.Quote(name)}\" does not say where the link goes.");
            else if (Soft.Contains(normal) || normal.Length == 0)
                yield return Report(page, a, $"Link text \"{Dom.Quote(name)}\" does not say where the link goes when read on its own.", Severity.Warning);
        }
    }
}
