namespace SiteGen.Multilingual;

/// <summary>
/// CLDR plural categories and the rules that choose one for a whole-number count, for the languages
/// SiteGen sites are written in. .NET has no plural API, so the CLDR rules (plurals.xml, integer
/// operand only: counts are never fractions here) are written out below.
/// </summary>
public static class PluralRules
{
    public const string Zero = "zero", One = "one", Two = "two", Few = "few", Many = "many", Other = "other";

    /// <summary>Every CLDR category name, in CLDR's order.</summary>
    public static readonly IReadOnlyList<string> AllCategories = [Zero, One, Two, Few, Many, Other];

    private sealed record Language(string[] Categories, Func<long, string> Select);

    private static readonly Language OneOther = new([One, Other], n => n == 1 ? One : Other);
    private static readonly Language ZeroOrOne = new([One, Other], n => n is 0 or 1 ? One : Other);
    private static readonly Language OtherOnly = new([Other], _ => Other);
    // Romance languages: "many" is for exact millions ("1 000 000 de pages").
    private static readonly Language RomanceMillions = new([One, Many, Other], n => n == 1 ? One : n != 0 && n % 1_000_000 == 0 ? Many : Other);

    private static readonly Language EastSlavic = new([One, Few, Many, Other], n =>
        n % 10 == 1 && n % 100 != 11 ? One
        : n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? Few
        : Many);

    private static readonly Dictionary<string, Language> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        // Welsh: 0 tudalennau, 1 dudalen, 2 dudalen, 3 tudalen, 6 thudalen, 4 tudalen.
        ["cy"] = new([Zero, One, Two, Few, Many, Other], n => n switch { 0 => Zero, 1 => One, 2 => Two, 3 => Few, 6 => Many, _ => Other }),
        ["ar"] = new([Zero, One, Two, Few, Many, Other], n => n switch
        {
            0 => Zero, 1 => One, 2 => Two,
            _ when n % 100 is >= 3 and <= 10 => Few,
            _ when n % 100 is >= 11 and <= 99 => Many,
            _ => Other,
        }),
        ["ga"] = new([One, Two, Few, Many, Other], n => n switch { 1 => One, 2 => Two, >= 3 and <= 6 => Few, >= 7 and <= 10 => Many, _ => Other }),
        ["gd"] = new([One, Two, Few, Other], n => n switch { 1 or 11 => One, 2 or 12 => Two, >= 3 and <= 10 or >= 13 and <= 19 => Few, _ => Other }),
        ["pl"] = new([One, Few, Many, Other], n =>
            n == 1 ? One : n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? Few : Many),
        ["ru"] = EastSlavic,
        ["uk"] = EastSlavic,
        ["en"] = OneOther, ["ur"] = OneOther, ["so"] = OneOther, ["de"] = OneOther, ["nl"] = OneOther,
        ["sv"] = OneOther, ["da"] = OneOther, ["nb"] = OneOther, ["fi"] = OneOther, ["et"] = OneOther,
        ["tr"] = OneOther, ["sw"] = OneOther, ["ps"] = OneOther, ["ku"] = OneOther, ["el"] = OneOther,
        ["hu"] = OneOther, ["sq"] = OneOther, ["om"] = OneOther, ["ti"] = ZeroOrOne, ["am"] = ZeroOrOne,
        ["bn"] = ZeroOrOne, ["hi"] = ZeroOrOne, ["fa"] = ZeroOrOne, ["gu"] = ZeroOrOne, ["pa"] = ZeroOrOne,
        ["fr"] = RomanceMillions, ["es"] = RomanceMillions, ["it"] = RomanceMillions, ["pt"] = RomanceMillions, ["ca"] = RomanceMillions,
        ["zh"] = OtherOnly, ["ja"] = OtherOnly, ["ko"] = OtherOnly, ["vi"] = OtherOnly, ["th"] = OtherOnly,
        ["id"] = OtherOnly, ["ms"] = OtherOnly, ["yo"] = OtherOnly, ["ig"] = OtherOnly,
    };

    /// <summary>True when SiteGen knows the language's plural rules.</summary>
    public static bool Knows(string language) => ByLanguage.ContainsKey(Primary(language));

    /// <summary>The categories a count string in this language must give; one and other for a language SiteGen does not know.</summary>
    public static IReadOnlyList<string> CategoriesOf(string language) =>
        ByLanguage.TryGetValue(Primary(language), out var l) ? l.Categories : OneOther.Categories;

    /// <summary>The category of a whole-number count in this language: Welsh 3 is "few", English 3 is "other".</summary>
    public static string Category(string language, long count)
    {
        var n = Math.Abs(count);
        return (ByLanguage.TryGetValue(Primary(language), out var l) ? l : OneOther).Select(n);
    }

    private static string Primary(string tag) => tag.Split('-')[0];
}
