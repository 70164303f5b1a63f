namespace SiteGen.Accessibility.Rules;

/// <summary>When a page has several nav (or aside) landmarks, each has its own name so people can tell them apart.</summary>
public sealed class LandmarkUnique : Rule
{
    private static readonly (string Selector, string Word)[] Kinds =
    [
        ("nav, [role=navigation]", "navigation"),
        ("aside:not([role]), [role=complementary]", "complementary (aside)"),
    ];

    public override string Id => "A11Y016";
    public override string Name => "landmark-unique";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Give each one a different aria-label, such as aria-label=\"Main\" and aria-label=\"Footer\".";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var (selector, word) in Kinds)
        {
            var landmarks = page.QuerySelectorAll(selector).Where(e => !page.IsHidden(e)).ToList();
            if (landmarks.Count < 2) continue;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var landmark in landmarks)
            {
                var name = AccessibleName.FromAria(landmark);
                if (name.Length == 0)
                    yield return Report(page, landmark, $"The page has {landmarks.Count} {word} landmarks and this <{landmark.LocalName}> has no label.");
                else if (!names.Add(name))
                    yield return Report(page, landmark, $"Two {word} landmarks are both labelled \"{Dom.Quote(name)}\".");
            }
        }
    }
}
