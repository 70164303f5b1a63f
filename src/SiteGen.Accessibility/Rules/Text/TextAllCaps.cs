namespace SiteGen.Accessibility.Rules;

/// <summary>Body text is not written in capitals, which is hard to read (GOV.UK style guide).</summary>
public sealed class TextAllCaps : Rule
{
    public override string Id => "A11Y045";
    public override string Name => "text-all-caps";
    // No success criterion covers capitals; 3.1.5 (reading level) is the nearest.
    public override string Wcag => "3.1.5";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Write the text in normal sentence case; use bold or a heading to make something stand out.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var block in page.QuerySelectorAll("p, li, td, th, blockquote, dd"))
        {
            if (page.IsHidden(block) || page.HasDescendant(block, "p, li, td, th, blockquote, dd")) continue;
            var text = page.TextOf(block);
            if (IsShouting(text, page.Options))
                yield return Report(page, block, $"The text \"{Dom.Quote(text, 40)}\" is written in capitals.");
        }
    }

    /// <summary>
    /// True when four words in a row are in capitals, or most of at least 20 cased letters are capitals (known
    /// acronyms not counted) in four or more words: a three-word label ("FOR IMMEDIATE RELEASE") is convention.
    /// </summary>
    internal static bool IsShouting(string text, CheckOptions options)
    {
        // Without an apostrophe, a word in capitals is letters alone, at least two of them capitals, so a run of
        // four has eight capitals; and most of at least 20 letters is eleven. Text with fewer can be neither, and
        // most paragraphs end here without their words being split and looked up.
        if (!HasCapitals(text, 8) && !HasApostrophe(text)) return false;
        int run = 0, upper = 0, letters = 0, shouted = 0;
        foreach (var w in Words.Of(text))
        {
            int wordUpper = 0, wordCased = 0, wordLetters = 0;
            var capitals = w.Length >= 2;
            foreach (var c in w)
            {
                if (!char.IsLetter(c)) continue;
                wordLetters++;
                if (char.IsUpper(c)) { wordUpper++; wordCased++; }
                else
                {
                    capitals = false;
                    if (char.IsLower(c)) wordCased++;
                }
            }
            // Acronyms inflate the count, so they are discounted before judging the proportion. One that is also an
            // everyday word (IN, OR, OK: American state codes) is a word when shouted, so it does not break a run.
            var known = (wordLetters > 0 || capitals) && options.IsKnownAbbreviation(w)
                && !(capitals && EnglishWords.IsEveryday(w.ToString()));
            run = capitals && !known ? run + 1 : 0;
            if (capitals && !known) shouted++;
            if (run >= 4) return true;
            upper += wordUpper - (known ? wordUpper : 0);
            letters += wordCased - (known ? wordLetters : 0);
        }
        return letters >= 20 && upper * 2 > letters && shouted >= 4;
    }

    private static bool HasCapitals(string text, int atLeast)
    {
        var n = 0;
        foreach (var c in text)
            if (char.IsUpper(c) && ++n == atLeast) return true;
        return false;
    }

    private static bool HasApostrophe(string text) => text.AsSpan().IndexOfAny('\'', '’') >= 0;
}
