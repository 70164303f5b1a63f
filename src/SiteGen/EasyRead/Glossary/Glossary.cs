using System.Text.RegularExpressions;

namespace SiteGen.EasyRead.Glossary;

/// <summary>
/// A hard word and its plain explanation, from a language's glossary.yml, with the other words
/// that mean the same thing, which a page should not mix with it.
/// </summary>
public sealed record GlossaryEntry(string Term, string Explanation, int Line)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

/// <summary>Where a glossary word occurs in a text.</summary>
public readonly record struct GlossaryMatch(GlossaryEntry Entry, int Index, int Length);

/// <summary>
/// The hard words of one language, each with a plain explanation. A word matches whole, in any
/// letter case, with its plural (-s, -es) and with any spacing between the words of a phrase; the
/// longest entry wins where two overlap ("criminal justice system" over "justice").
/// </summary>
public sealed class Glossary
{
    private readonly List<(GlossaryEntry Entry, Regex Pattern)> entries;

    public Glossary(IEnumerable<GlossaryEntry> entries) =>
        this.entries = entries.OrderByDescending(e => e.Term.Length)
            .Select(e => (e, new Regex(PatternFor(e.Term), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            .ToList();

    public static Glossary Empty { get; } = new([]);

    public IReadOnlyList<GlossaryEntry> Entries => entries.Select(e => e.Entry).ToList();

    /// <summary>Every glossary word in <paramref name="text"/>, in order, none overlapping.</summary>
    public IReadOnlyList<GlossaryMatch> Find(string text)
    {
        var found = new List<GlossaryMatch>();
        foreach (var (entry, pattern) in entries)
            foreach (Match m in pattern.Matches(text))
                if (!found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length))
                    found.Add(new GlossaryMatch(entry, m.Index, m.Length));
        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>Where <paramref name="term"/> occurs in <paramref name="text"/>, matched as glossary words are.</summary>
    public static IEnumerable<int> IndexesOf(string term, string text) =>
        Regex.Matches(text, PatternFor(term), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Select(m => m.Index);

    /// <summary>True when the text from <paramref name="index"/> for <paramref name="length"/> characters lies inside a glossary word.</summary>
    public static bool Covers(IReadOnlyList<GlossaryMatch> matches, int index, int length) =>
        matches.Any(m => index >= m.Index && index + length <= m.Index + m.Length);

    private static string PatternFor(string term)
    {
        var words = term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return @"(?<![\p{L}\p{N}])" + string.Join(@"[\s\u00a0]+", words) + @"(?:s|es)?(?![\p{L}\p{N}])";
    }
}
