namespace SiteGen.Accessibility.Rules;

/// <summary>
/// Tells a word written in capitals that is not an acronym from one that is: emphasis (FREE, PLEASE NOTE),
/// a name (NACRO, JK Rowling) or part of a web or social media address (GOV.UK, #NHS). Each test takes the
/// text and where in it the word is.
/// </summary>
internal static class CapitalWords
{
    /// <summary>The acronym without a plural s: GPs → GP.</summary>
    public static string Singular(string token) =>
        token.Length > 2 && token[^1] == 's' ? token[..^1] : token;

    /// <summary>
    /// True when the capitals are emphasis: an everyday English word of three letters or more (FREE, MUST, NOT),
    /// a word of the emphasis list (SO, URGENT), or one of a run of words in capitals, two with an everyday word among them (DO NOT) or three of any kind.
    /// </summary>
    public static bool IsEmphasis(string text, int index, int length)
    {
        var token = text.Substring(index, length);
        if (token.All(char.IsAsciiLetterUpper) && (token.Length >= 3 && EnglishWords.IsEveryday(token) || EnglishWords.IsEmphasis(token)))
            return true;
        var run = new List<string> { token };
        for (var at = index; PreviousWord(text, at) is (var start, var word) && IsCapitals(word); at = start) run.Add(word);
        for (var at = index + length; NextWord(text, at) is (var end, var word) && IsCapitals(word); at = end) run.Add(word);
        var words = run.Count(w => w.Length >= 2);
        return words >= 3 || words == 2 && run.Any(w => w.Length >= 2 && EnglishWords.IsEveryday(w));
    }

    /// <summary>
    /// True when the capitals are a name: an acronym said as a word and five letters or longer (NACRO, UNISON),
    /// a company's letters joined by an ampersand (M&amp;S, P&amp;O), or a person's initials before their surname (JK Rowling).
    /// </summary>
    public static bool IsName(string text, int index, int length)
    {
        var token = text.Substring(index, length);
        if (token.Contains('&')) return true;
        if (token.Length >= 5 && token.All(char.IsAsciiLetterUpper) && SaidAsWord(token)) return true;
        return length == 2 && NextWord(text, index + length) is (_, var next) && next.Length > 1
            && char.IsUpper(next[0]) && next.Skip(1).All(char.IsLower) && !EnglishWords.IsEveryday(next);
    }

    /// <summary>True when the capitals are part of a web, email or social media address: GOV.UK, www.NHS.uk/..., #NHS, @DfE.</summary>
    public static bool IsPartOfAddress(string text, int index, int length)
    {
        var before = index > 0 ? text[index - 1] : ' ';
        var after = index + length < text.Length ? text[index + length] : ' ';
        var afterNext = index + length + 1 < text.Length ? text[index + length + 1] : ' ';
        return before is '#' or '@' or '/' or '_' or '.' or '\\'
            || after is '/' or '@' or '_'
            || after == '.' && char.IsLetter(afterNext);
    }

    // Vowels between consonants, as in a word: at least two vowels and never three consonants together.
    private static bool SaidAsWord(string token)
    {
        int vowels = 0, consonants = 0;
        foreach (var c in token)
        {
            if (c is 'A' or 'E' or 'I' or 'O' or 'U') { vowels++; consonants = 0; }
            else if (++consonants == 3) return false;
        }
        return vowels >= 2;
    }

    private static bool IsCapitals(string word) => word.All(char.IsAsciiLetterUpper);

    // The word before position at, over spaces only (a run of capitals is one phrase), with where it starts.
    private static (int Start, string Word)? PreviousWord(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == at) return null;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < end ? (start, text[start..end]) : null;
    }

    // The word after position at, over spaces only.
    private static (int End, string Word)? NextWord(string text, int at)
    {
        var start = at;
        while (start < text.Length && text[start] == ' ') start++;
        if (start == at) return null;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > start ? (end, text[start..end]) : null;
    }
}
