namespace SiteGen.Accessibility.Rules;

/// <summary>Headings are in sentence case, not capitals, which are harder to read and may be spelled out (GOV.UK style).</summary>
public sealed class HeadingAllCaps : Rule
{
    public override string Id => "A11Y032";
    public override string Name => "heading-all-caps";
    // No success criterion covers capitals; 2.4.6 (headings describe the topic) is the closest and the one we report.
    public override string Wcag => "2.4.6";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Write the heading in sentence case: a capital for the first word and for names only.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var h in Dom.Headings(page))
        {
            var text = AccessibleName.Of(h);
            if (IsAllCaps(text, page.Options))
                yield return Report(page, h, $"The heading \"{Dom.Quote(text)}\" is written in capitals.");
        }
    }

    /// <summary>True when at least two words, not counting known acronyms, are in capitals and none has a small letter.</summary>
    internal static bool IsAllCaps(string text, CheckOptions options)
    {
        var capitalWords = 0;
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ',', ':', ';', '!', '?', '"', '\'', '(', ')', '‘', '’', '“', '”');
            if (word.Length == 0 || options.IsKnownAbbreviation(word)) continue;
            bool upper = false, lower = false;
            foreach (var c in word)
            {
                if (char.IsUpper(c)) upper = true;
                else if (char.IsLower(c)) lower = true;
            }
            if (lower) return false;
            // Single capitals ("A", "I") and caseless scripts neither prove nor disprove shouting.
            if (upper && word.Count(char.IsLetter) >= 2) capitalWords++;
        }
        return capitalWords >= 2;
    }
}
