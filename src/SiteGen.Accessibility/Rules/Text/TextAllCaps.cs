using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>Body text is not written in capitals, which is hard to read (GOV.UK style guide).</summary>
public sealed partial class TextAllCaps : Rule
{
    public override string Id => "A11Y045";
    public override string Name => "text-all-caps";
    // No success criterion covers capitals; 3.1.5 (reading level) is the nearest.
    public override string Wcag => "3.1.5";
    public override Severity Severity => Severity.Warning;
    public override string Help => "Write the text in normal sentence case; use bold or a heading to make something stand out.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var block in page.Document.QuerySelectorAll("p, li, td, th, blockquote, dd"))
        {
            if (Dom.IsHidden(block) || block.QuerySelector("p, li, td, th, blockquote, dd") is not null) continue;
            var text = AccessibleName.TextOf(block);
            if (IsShouting(text, page.Options))
                yield return Report(page, block, $"The text \"{Dom.Quote(text, 40)}\" is written in capitals.");
        }
    }

    internal static bool IsShouting(string text, CheckOptions options)
    {
        var run = 0;
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value;
            var capitals = w.Length >= 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !options.IsKnownAbbreviation(w);
            run = capitals ? run + 1 : 0;
            if (run >= 4) return true;
        }
        int upper = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c) || !(char.IsUpper(c) || char.IsLower(c))) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        // Acronyms inflate the count, so discount them before judging the proportion.
        foreach (Match m in Word().Matches(text))
            if (options.IsKnownAbbreviation(m.Value)) { upper -= m.Value.Count(char.IsUpper); letters -= m.Value.Count(char.IsLetter); }
        return letters >= 20 && upper * 2 > letters;
    }

    [GeneratedRegex(@"[\p{L}'’]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
