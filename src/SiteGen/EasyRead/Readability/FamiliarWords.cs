namespace SiteGen.EasyRead.Readability;

/// <summary>
/// Whether a word is on a familiar-word list (Dale–Chall, Spache). Both lists' instructions count a
/// listed word with a regular ending as familiar too: -s, -es, -ies for -y, -ed, -d, -ing, -er, -est
/// (join → joined, computer → computers, happy → happiest). The everyday words of
/// <see cref="EasyWords"/> are familiar as well, as er-long-words takes them to be.
/// </summary>
public static class FamiliarWords
{
    public static bool IsFamiliar(string word, IReadOnlySet<string> list) =>
        EasyWords.IsEasy(word.ToLowerInvariant().Replace('’', '\'')) || Accessibility.EnglishWords.IsListed(word, list);
}
