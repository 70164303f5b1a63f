using System.Globalization;

namespace SiteGen.Accessibility;

/// <summary>The colours a theme stylesheet declares, with a simple, documented model of which background a
/// text colour sits on (no cascade, no DOM). Built per stylesheet; used by color-contrast and focus-visible.</summary>
/// <remarks>
/// For one selector S the background is, first match wins:
/// <list type="number">
/// <item>the background the rule itself sets;</item>
/// <item>a background set for S, or for S without its pseudo-classes (<c>a:hover</c> → <c>a</c>), by any rule;</item>
/// <item>a background set for an ancestor in S (<c>.event-summary dt</c> → <c>.event-summary</c>), nearest first;</item>
/// <item>a background set for the BEM block of a class in S (<c>.site-header__name</c> → <c>.site-header</c>);</item>
/// <item>for a rule that sets only a text colour: every background declared together with that same text colour
/// by a rule that sets both (the pair table: <c>--brand-text</c> is declared on <c>--brand</c>, so a nav link
/// in white is checked on <c>--brand</c>);</item>
/// <item>the page background (<c>body</c>, <c>html</c> or <c>:root</c>), white when none is set.</item>
/// </list>
/// The text colour of a rule that sets only a background is found the same way, defaulting to the page text
/// colour. Print-only rules are modelled separately, with their own page colours.
/// </remarks>
public sealed class ThemeColours
{
    private readonly StylesheetContext _css;
    private readonly Dictionary<string, CssColor> _backgrounds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CssColor> _texts = new(StringComparer.Ordinal);
    private readonly List<(CssColor Text, CssColor Background, string Selector)> _pairs = [];

    /// <summary>Builds the model from the screen rules (print = false) or from all rules with print ones winning (print = true).</summary>
    public ThemeColours(StylesheetContext css, bool print = false)
    {
        _css = css;
        foreach (var rule in css.StyleRules)
        {
            if (rule.IsPrintOnly && !print) continue;
            var text = TextColour(rule);
            var background = BackgroundColour(rule);
            foreach (var selector in rule.Selectors)
            {
                if (text is { } t) _texts[selector] = t;
                if (background is { } b) _backgrounds[selector] = b;
                // "background: none" in a later rule (print styles, typically) takes the earlier colour away.
                else if (ClearsBackground(rule)) _backgrounds.Remove(selector);
                if (text is { } pt && background is { } pb) _pairs.Add((pt, pb, selector));
            }
        }
        PageBackground = (Find(_backgrounds, "body") ?? Find(_backgrounds, "html") ?? Find(_backgrounds, ":root") ?? CssColor.White).Over(CssColor.White);
        PageText = Find(_texts, "body") ?? Find(_texts, "html") ?? Find(_texts, ":root") ?? CssColor.Black;
    }

    /// <summary>The page background: body's, else html's, else :root's, else white.</summary>
    public CssColor PageBackground { get; }

    /// <summary>The page text colour: body's, else html's, else :root's, else black.</summary>
    public CssColor PageText { get; }

    /// <summary>Rules that set both a text colour and a background: the theme's declared pairs.</summary>
    public IReadOnlyList<(CssColor Text, CssColor Background, string Selector)> Pairs => _pairs;

    /// <summary>The text colour the rule sets, with var() resolved; null when it sets none or one we cannot read
    /// (inherit, currentColor, a colour name other than white/black/transparent).</summary>
    public CssColor? TextColour(CssRuleInfo rule) => CssColor.Parse(_css.ResolveVariables(rule.Get("color")));

    /// <summary>True when the rule declares a color at all, readable or not.</summary>
    public static bool SetsText(CssRuleInfo rule) => rule.Get("color").Length > 0;

    /// <summary>The background colour the rule sets (background-color, or the colour in the background shorthand);
    /// null when none, or when it is transparent or none (the background behind shows through).</summary>
    public CssColor? BackgroundColour(CssRuleInfo rule)
    {
        foreach (var value in new[] { rule.Get("background-color"), rule.Get("background") })
        {
            if (value.Length == 0) continue;
            var colour = ColourIn(_css.ResolveVariables(value));
            if (colour is { IsTransparent: false } c) return c;
            if (colour is { IsTransparent: true }) return null;
        }
        return null;
    }

    /// <summary>True when the rule sets the background to none or a transparent colour.</summary>
    private bool ClearsBackground(CssRuleInfo rule)
    {
        foreach (var value in new[] { rule.Get("background-color"), rule.Get("background") })
        {
            var v = _css.ResolveVariables(value).Trim();
            if (v.Equals("none", StringComparison.OrdinalIgnoreCase) || ColourIn(v) is { IsTransparent: true }) return true;
        }
        return false;
    }

    /// <summary>The first token of a value that is a colour: the colour in "url(x) no-repeat #fff" or "3px solid #000".</summary>
    public static CssColor? ColourIn(string value)
    {
        foreach (var token in Tokens(value))
            if (CssColor.Parse(token) is { } c) return c;
        return null;
    }

    /// <summary>Every colour in a value, e.g. both colours in a two-shadow box-shadow.</summary>
    public static IEnumerable<CssColor> ColoursIn(string value)
    {
        foreach (var token in Tokens(value))
            if (CssColor.Parse(token) is { } c) yield return c;
    }

    /// <summary>Splits a value at top-level spaces and commas, keeping functions such as rgb(…) whole.</summary>
    public static IEnumerable<string> Tokens(string value)
    {
        var depth = 0; var from = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var end = i == value.Length;
            var c = end ? ' ' : value[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            if (end || (depth == 0 && (char.IsWhiteSpace(c) || c == ',')))
            {
                if (i > from) yield return value[from..i];
                from = i + 1;
            }
        }
    }

    /// <summary>The background behind selector S when its own rule sets none (steps 2-4 of the model); null when the stylesheet does not say.</summary>
    public CssColor? ContextBackground(string selector) => Context(_backgrounds, selector);

    /// <summary>The text colour for selector S when its own rule sets none (steps 2-4); null when the stylesheet does not say.</summary>
    public CssColor? ContextText(string selector) => Context(_texts, selector);

    /// <summary>Backgrounds declared with exactly this text colour by rules that set both (step 5).</summary>
    public IReadOnlyList<CssColor> PairBackgroundsFor(CssColor text) =>
        _pairs.Where(p => p.Text == text).Select(p => p.Background).Distinct().ToList();

    /// <summary>The background a rule's text sits on for one of its selectors: steps 1-4, else the pair table, else the page.</summary>
    public IReadOnlyList<CssColor> BackgroundsFor(CssRuleInfo rule, string selector, CssColor? text)
    {
        if (BackgroundColour(rule) is { } own) return [own.Over(PageBackground)];
        if (ContextBackground(selector) is { } context) return [context.Over(PageBackground)];
        if (text is { } t && PairBackgroundsFor(t) is { Count: > 0 } pairs) return pairs.Select(p => p.Over(PageBackground)).ToList();
        return [PageBackground];
    }

    private static CssColor? Find(Dictionary<string, CssColor> table, string selector) =>
        table.TryGetValue(selector, out var c) ? c : null;

    private static CssColor? Context(Dictionary<string, CssColor> table, string selector)
    {
        if (Find(table, selector) is { } exact) return exact;
        // A state style set for every link or control (a:focus, :focus-visible) applies to this one in that state too.
        foreach (var state in States(selector))
            if ((Find(table, "a" + state) ?? Find(table, state)) is { } general) return general;
        var stripped = CssSelectors.StripPseudo(selector);
        if (Find(table, stripped) is { } bare) return bare;
        var compounds = CssSelectors.Compounds(stripped);
        // Ancestors, nearest first: the whole prefix, then the compound alone, then its classes.
        for (var k = compounds.Count - 1; k >= 1; k--)
        {
            if (Find(table, string.Join(' ', compounds.Take(k))) is { } prefix) return prefix;
            if (Find(table, compounds[k - 1]) is { } ancestor) return ancestor;
            foreach (var cls in CssSelectors.Classes(compounds[k - 1]))
                if (Find(table, "." + cls) is { } byClass) return byClass;
        }
        // BEM blocks of the subject's classes, then of the ancestors' classes.
        for (var k = compounds.Count - 1; k >= 0; k--)
            foreach (var cls in CssSelectors.Classes(compounds[k]))
                if (CssSelectors.BemBlock(cls) is { } block && Find(table, "." + block) is { } byBlock) return byBlock;
        return null;
    }

    private static IEnumerable<string> States(string selector)
    {
        foreach (var state in new[] { ":focus-visible", ":focus", ":hover", ":active" })
            if (selector.EndsWith(state, StringComparison.Ordinal)) yield return state;
    }

    /// <summary>True when the rule makes its text large in WCAG terms: font-size ≥ 24px (1.5rem, 18pt), or ≥ 18.66px (14pt) and bold.
    /// em and % are taken against 16px.</summary>
    public static bool IsLargeText(CssRuleInfo rule)
    {
        var px = FontSizePx(rule.Get("font-size"));
        if (px is null) return false;
        if (px >= 24 - 0.01) return true;
        var weight = rule.Get("font-weight").ToLowerInvariant();
        var bold = weight is "bold" or "bolder" || (int.TryParse(weight, out var w) && w >= 700);
        return bold && px >= 18.66;
    }

    private static double? FontSizePx(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        (string Unit, double Factor)[] units = [("px", 1), ("rem", 16), ("em", 16), ("pt", 4 / 3.0), ("%", 0.16)];
        foreach (var (unit, factor) in units)
            if (v.EndsWith(unit, StringComparison.Ordinal)
                && double.TryParse(v[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                return n * factor;
        return null;
    }
}
