namespace SiteGen.Accessibility.Rules;

/// <summary>Each details element has a summary with text, the label of the button that opens it.</summary>
public sealed class DetailsSummary : Rule
{
    public override string Id => "A11Y051";
    public override IReadOnlyList<string> Act => ["2t702h"];
    public override string Name => "details-summary";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Start the <details> with a <summary> that says what is hidden inside, such as <summary>Access information</summary>.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var details in page.QuerySelectorAll("details"))
        {
            if (page.IsHidden(details)) continue;
            var summary = details.Children.FirstOrDefault(c => c.LocalName == "summary");
            if (summary is null)
                yield return Report(page, details, "A <details> section has no <summary>, so its button has no label.");
            else if (AccessibleName.Of(summary).Length == 0)
                yield return Report(page, summary, "A <summary> has no text, so its button has no label.");
        }
    }
}
