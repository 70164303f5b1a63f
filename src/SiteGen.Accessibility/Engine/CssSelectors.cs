using System.Text;

namespace SiteGen.Accessibility;

/// <summary>Just enough selector parsing for the stylesheet rules: compounds, pseudo-classes, classes, BEM blocks.
/// Works on one normalised selector (no commas), as in <see cref="CssRuleInfo.Selectors"/>.</summary>
public static class CssSelectors
{
    /// <summary>The compound selectors, leftmost first; the last is the subject. Combinators are dropped.</summary>
    public static IReadOnlyList<string> Compounds(string selector)
    {
        var list = new List<string>();
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in selector)
        {
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            if (depth == 0 && c is ' ' or '>' or '+' or '~')
            {
                if (sb.Length > 0) list.Add(sb.ToString());
                sb.Clear();
                continue;
            }
            sb.Append(c);
        }
        if (sb.Length > 0) list.Add(sb.ToString());
        return list;
    }

    /// <summary>The rightmost compound: the element the rule styles.</summary>
    public static string Subject(string selector) => Compounds(selector) is { Count: > 0 } c ? c[^1] : "";

    /// <summary>The selector with every pseudo-class and pseudo-element removed: "a:hover" → "a", ".x a:focus-visible" → ".x a".</summary>
    public static string StripPseudo(string selector)
    {
        var sb = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (c == '[') depth++;
            else if (c == ']') depth--;
            if (c == ':' && depth == 0)
            {
                // Skip the pseudo's name and any (argument).
                i++;
                if (i < selector.Length && selector[i] == ':') i++;
                while (i < selector.Length && (char.IsLetterOrDigit(selector[i]) || selector[i] == '-')) i++;
                if (i < selector.Length && selector[i] == '(')
                    i = StylesheetContext.MatchingParen(selector, i);
                else i--;
                if (i < 0) break;
                continue;
            }
            sb.Append(c);
        }
        var s = sb.ToString().Trim();
        // ":focus" alone stripped to "" means "any element".
        return s.Length == 0 ? "*" : s;
    }

    /// <summary>The pseudo-classes of a compound, lower case without the colon and without arguments: "a:not(.x):hover" → not, hover.</summary>
    public static IReadOnlyList<string> PseudoClasses(string compound)
    {
        var list = new List<string>();
        for (var i = 0; i < compound.Length; i++)
        {
            if (compound[i] != ':') continue;
            var j = i + 1;
            if (j < compound.Length && compound[j] == ':') continue;
            var start = j;
            while (j < compound.Length && (char.IsLetterOrDigit(compound[j]) || compound[j] == '-')) j++;
            if (j > start) list.Add(compound[start..j]);
        }
        return list;
    }

    /// <summary>The element type of a compound ("a" for "a.x:hover"), "" when it has none or is "*".</summary>
    public static string TypeOf(string compound)
    {
        var i = 0;
        while (i < compound.Length && (char.IsLetterOrDigit(compound[i]) || compound[i] == '-')) i++;
        return compound[..i];
    }

    /// <summary>The class names in a compound ("nav", "nav__link" for ".nav.nav__link:hover"), outside brackets and parentheses.</summary>
    public static IReadOnlyList<string> Classes(string compound) => Names(compound, '.');

    /// <summary>The ids in a compound.</summary>
    public static IReadOnlyList<string> Ids(string compound) => Names(compound, '#');

    private static List<string> Names(string compound, char marker)
    {
        var list = new List<string>();
        var depth = 0;
        for (var i = 0; i < compound.Length; i++)
        {
            var c = compound[i];
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            if (c != marker || depth != 0) continue;
            var j = i + 1;
            while (j < compound.Length && (char.IsLetterOrDigit(compound[j]) || compound[j] is '-' or '_')) j++;
            if (j > i + 1) list.Add(compound[(i + 1)..j]);
        }
        return list;
    }

    /// <summary>The BEM block of a class: "site-header" for "site-header__name" or "site-header--dark"; null when the class is a block itself.</summary>
    public static string? BemBlock(string className)
    {
        var element = className.IndexOf("__", StringComparison.Ordinal);
        var modifier = className.IndexOf("--", StringComparison.Ordinal);
        var cut = element < 0 ? modifier : modifier < 0 ? element : Math.Min(element, modifier);
        return cut > 0 ? className[..cut] : null;
    }
}
