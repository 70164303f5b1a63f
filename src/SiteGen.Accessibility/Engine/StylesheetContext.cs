using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Html.Parser;

namespace SiteGen.Accessibility;

/// <summary>One parsed theme stylesheet plus the site options; every stylesheet rule reads the same sheet.</summary>
public sealed class StylesheetContext
{
    private readonly Lazy<PageContext> _page;
    private readonly Lazy<IReadOnlyList<CssRuleInfo>> _rules;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _customProperties;
    private readonly Lazy<IReadOnlyList<Prelude>> _preludes;

    /// <summary>Wraps an already parsed stylesheet; <paramref name="text"/> is its source, used to locate rules.</summary>
    public StylesheetContext(ICssStyleSheet sheet, string text, string path, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        Sheet = sheet;
        Text = text ?? "";
        Path = path ?? "";
        Options = options ?? CheckOptions.Default;
        _page = new Lazy<PageContext>(() => new PageContext(new HtmlParser().ParseDocument(""), Path, Options));
        _rules = new Lazy<IReadOnlyList<CssRuleInfo>>(CollectRules);
        _customProperties = new Lazy<IReadOnlyDictionary<string, string>>(CollectCustomProperties);
        _preludes = new Lazy<IReadOnlyList<Prelude>>(() => ScanPreludes(Text));
    }

    /// <summary>The stylesheet as parsed by AngleSharp.Css.</summary>
    public ICssStyleSheet Sheet { get; }

    /// <summary>The stylesheet's source text.</summary>
    public string Text { get; }

    /// <summary>The stylesheet's path, as given, for reporting.</summary>
    public string Path { get; }

    /// <summary>Site settings; only IgnoredRules matters to stylesheet rules.</summary>
    public CheckOptions Options { get; }

    /// <summary>A stand-in page for <see cref="Finding.Page"/>: an empty document whose Url is <see cref="Path"/>
    /// and whose Options are these options, so code that reads Page.Url or Page.Options keeps working.</summary>
    public PageContext Page => _page.Value;

    /// <summary>Parses CSS text with AngleSharp.Css (unknown declarations and at-rules kept).</summary>
    public static StylesheetContext Parse(string css, string path, CheckOptions? options = null)
    {
        css ??= "";
        // A parser per call, like PageContext: cheap, and not documented as thread-safe.
        var parser = new CssParser(new CssParserOptions
        {
            IsIncludingUnknownDeclarations = true,
            IsIncludingUnknownRules = true,
            IsToleratingInvalidSelectors = true,
        });
        return new StylesheetContext(parser.ParseStyleSheet(css), css, path, options);
    }

    /// <summary>Reads and parses a CSS file; the path is kept as given for reporting.</summary>
    public static StylesheetContext Load(string filePath, CheckOptions? options = null) =>
        Parse(File.ReadAllText(filePath), filePath, options);

    /// <summary>Every style rule in source order, including those inside @media and @supports blocks.</summary>
    public IReadOnlyList<CssRuleInfo> StyleRules => _rules.Value;

    /// <summary>Custom properties declared on :root or html outside any at-rule (the later declaration wins).</summary>
    public IReadOnlyDictionary<string, string> CustomProperties => _customProperties.Value;

    /// <summary>Replaces var(--name) and var(--name, fallback) with the :root values, recursively; unknown names use the fallback or stay as they are.</summary>
    public string ResolveVariables(string? value)
    {
        var s = value ?? "";
        for (var depth = 0; depth < 10 && s.Contains("var(", StringComparison.OrdinalIgnoreCase); depth++)
        {
            var sb = new StringBuilder();
            var i = 0;
            var changed = false;
            while (i < s.Length)
            {
                var start = s.IndexOf("var(", i, StringComparison.OrdinalIgnoreCase);
                if (start < 0) { sb.Append(s, i, s.Length - i); break; }
                sb.Append(s, i, start - i);
                var end = MatchingParen(s, start + 3);
                if (end < 0) { sb.Append(s, start, s.Length - start); break; }
                var inner = s[(start + 4)..end];
                var comma = TopLevelIndexOf(inner, ',');
                var name = (comma < 0 ? inner : inner[..comma]).Trim();
                var fallback = comma < 0 ? null : inner[(comma + 1)..].Trim();
                if (CustomProperties.TryGetValue(name, out var v)) { sb.Append(v.Trim()); changed = true; }
                else if (fallback is not null) { sb.Append(fallback); changed = true; }
                else sb.Append(s, start, end + 1 - start);
                i = end + 1;
            }
            s = sb.ToString();
            if (!changed) break;
        }
        return s;
    }

    /// <summary>1-based line and column of the rule in <see cref="Text"/>: the start of its selector (or at-rule) text,
    /// found by matching the source in order, since AngleSharp.Css keeps no source positions; (1, 1) when not found.</summary>
    public (int Line, int Column) Locate(ICssRule? rule)
    {
        if (rule is null) return (1, 1);
        var info = StyleRules.FirstOrDefault(r => ReferenceEquals(r.Rule, rule));
        if (info is not null) return (info.Line, info.Column);
        // At-rules: search for their prelude text.
        var key = rule switch
        {
            ICssMediaRule m => Normalise("@media " + m.ConditionText),
            _ => null,
        };
        var found = key is null ? null : _preludes.Value.FirstOrDefault(p => p.Key == key || p.Key.Replace(" ", "") == key.Replace(" ", ""));
        return found is null ? (1, 1) : (found.Line, found.Column);
    }

    private List<CssRuleInfo> CollectRules()
    {
        var list = new List<CssRuleInfo>();
        var preludes = _preludes.Value;
        var cursor = 0;
        void Walk(ICssRuleList rules, IReadOnlyList<ICssRule> atRules)
        {
            foreach (var rule in rules)
            {
                switch (rule)
                {
                    case ICssStyleRule style:
                        var key = Normalise(style.SelectorText);
                        var index = FindPrelude(preludes, key, cursor);
                        var (line, column) = index < 0 ? (1, 1) : (preludes[index].Line, preludes[index].Column);
                        if (index >= 0) cursor = index + 1;
                        list.Add(new CssRuleInfo(style, atRules, line, column));
                        break;
                    case ICssGroupingRule group:
                        // Skip the at-rule's own prelude so the cursor stays in step.
                        var at = FindAtPrelude(preludes, cursor);
                        if (at >= 0) cursor = at + 1;
                        Walk(group.Rules, [.. atRules, rule]);
                        break;
                }
            }
        }
        Walk(Sheet.Rules, []);
        return list;
    }

    private static int FindPrelude(IReadOnlyList<Prelude> preludes, string key, int cursor)
    {
        for (var i = cursor; i < preludes.Count; i++)
            if (preludes[i].Key == key) return i;
        for (var i = 0; i < Math.Min(cursor, preludes.Count); i++)
            if (preludes[i].Key == key) return i;
        return -1;
    }

    private static int FindAtPrelude(IReadOnlyList<Prelude> preludes, int cursor)
    {
        for (var i = cursor; i < preludes.Count; i++)
            if (preludes[i].Key.StartsWith('@')) return i;
        return -1;
    }

    private Dictionary<string, string> CollectCustomProperties()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in StyleRules)
        {
            if (rule.AtRules.Count > 0) continue;
            if (!rule.Selectors.Any(s => s is ":root" or "html")) continue;
            foreach (var property in rule.Rule.Style)
                if (property.Name.StartsWith("--", StringComparison.Ordinal))
                    map[property.Name] = property.Value;
        }
        return map;
    }

    /// <summary>Selector text in a comparable form: lower case, single spaces, no spaces around combinators
    /// and commas, double quotes.</summary>
    internal static string Normalise(string? selector)
    {
        var s = Dom.Collapse(selector).ToLowerInvariant().Replace('\'', '"');
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ')
            {
                var prev = sb.Length > 0 ? sb[^1] : ' ';
                var next = i + 1 < s.Length ? s[i + 1] : ' ';
                if (prev is '>' or '+' or '~' or ',' or '(' or ' ' || next is '>' or '+' or '~' or ',' or ')' or ' ') continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    internal static int MatchingParen(string s, int open)
    {
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            if (s[i] == '(') depth++;
            else if (s[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    internal static int TopLevelIndexOf(string s, char c)
    {
        var depth = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '(') depth++;
            else if (s[i] == ')') depth--;
            else if (s[i] == c && depth == 0) return i;
        }
        return -1;
    }

    /// <summary>The text before each "{" in the source (comments and strings skipped), with where it starts.</summary>
    private static List<Prelude> ScanPreludes(string text)
    {
        var list = new List<Prelude>();
        var line = 1; var column = 1;
        var start = -1; int startLine = 1, startColumn = 1;
        var sb = new StringBuilder();
        var depthInDeclarations = 0; // >0 while inside a declaration block (not a grouping block)
        var blockIsGrouping = new Stack<bool>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length - 1 : end + 1;
                for (; i < end; i++) Advance(text[i], ref line, ref column);
                Advance(text[i], ref line, ref column);
                continue;
            }
            if (c is '"' or '\'')
            {
                if (depthInDeclarations == 0) { if (start < 0) { start = i; startLine = line; startColumn = column; } sb.Append(c); }
                var j = i + 1;
                while (j < text.Length && text[j] != c) { if (text[j] == '\\') j++; j++; }
                for (var k = i; k <= Math.Min(j, text.Length - 1); k++)
                {
                    if (k > i && depthInDeclarations == 0) sb.Append(text[k]);
                    Advance(text[k], ref line, ref column);
                }
                i = Math.Min(j, text.Length - 1);
                continue;
            }
            if (depthInDeclarations > 0)
            {
                if (c == '{') depthInDeclarations++;
                else if (c == '}') depthInDeclarations--;
                Advance(c, ref line, ref column);
                continue;
            }
            switch (c)
            {
                case '{':
                    var prelude = sb.ToString();
                    var grouping = prelude.TrimStart().StartsWith('@') && !prelude.TrimStart().StartsWith("@font-face", StringComparison.OrdinalIgnoreCase)
                        && !prelude.TrimStart().StartsWith("@page", StringComparison.OrdinalIgnoreCase);
                    list.Add(new Prelude(Normalise(prelude), startLine, startColumn));
                    if (!grouping) depthInDeclarations = 1;
                    else blockIsGrouping.Push(true);
                    sb.Clear(); start = -1;
                    break;
                case '}':
                    if (blockIsGrouping.Count > 0) blockIsGrouping.Pop();
                    sb.Clear(); start = -1;
                    break;
                case ';':
                    sb.Clear(); start = -1; // an at-rule without a block, such as @import
                    break;
                default:
                    if (start < 0 && !char.IsWhiteSpace(c)) { start = i; startLine = line; startColumn = column; }
                    if (start >= 0) sb.Append(c);
                    break;
            }
            Advance(c, ref line, ref column);
        }
        return list;
    }

    private static void Advance(char c, ref int line, ref int column)
    {
        if (c == '\n') { line++; column = 1; }
        else if (c != '\r') column++;
    }

    private sealed record Prelude(string Key, int Line, int Column);
}

/// <summary>A style rule with the at-rules (@media, @supports) it sits inside and where it starts in the source.</summary>
public sealed class CssRuleInfo
{
    internal CssRuleInfo(ICssStyleRule rule, IReadOnlyList<ICssRule> atRules, int line, int column)
    {
        Rule = rule;
        AtRules = atRules;
        Line = line;
        Column = column;
        Selectors = SplitSelectors(rule.SelectorText);
    }

    /// <summary>The AngleSharp.Css rule.</summary>
    public ICssStyleRule Rule { get; }

    /// <summary>Enclosing grouping rules, outermost first; empty at top level.</summary>
    public IReadOnlyList<ICssRule> AtRules { get; }

    /// <summary>1-based line of the selector in the source.</summary>
    public int Line { get; }

    /// <summary>1-based column of the selector in the source.</summary>
    public int Column { get; }

    /// <summary>The selector list split at top-level commas, each normalised (lower case, single spaces).</summary>
    public IReadOnlyList<string> Selectors { get; }

    /// <summary>The media condition text of every enclosing @media, joined by " and "; "" at top level.</summary>
    public string Media => string.Join(" and ", AtRules.OfType<ICssMediaRule>().Select(m => m.ConditionText));

    /// <summary>True inside an @media block that applies only to print.</summary>
    public bool IsPrintOnly => AtRules.OfType<ICssMediaRule>().Any(m =>
        m.ConditionText.Split(',').All(q => q.Trim().StartsWith("print", StringComparison.OrdinalIgnoreCase)
            || q.Trim().StartsWith("only print", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A declared value (shorthand or longhand) as AngleSharp.Css serialises it; "" when not set.</summary>
    public string Get(string property)
    {
        var v = Rule.Style.GetPropertyValue(property);
        return v is null or "initial" ? "" : v.Trim();
    }

    /// <inheritdoc />
    public override string ToString() => Rule.SelectorText;

    private static string[] SplitSelectors(string text)
    {
        var list = new List<string>();
        var s = StylesheetContext.Normalise(text);
        var depth = 0; var from = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is '(' or '[') depth++;
            else if (s[i] is ')' or ']') depth--;
            else if (s[i] == ',' && depth == 0) { list.Add(s[from..i].Trim()); from = i + 1; }
        }
        list.Add(s[from..].Trim());
        return list.Where(x => x.Length > 0).ToArray();
    }
}
