namespace SiteGen.Accessibility;

/// <summary>
/// The words of a text as the text rules count them: maximal runs of letters and apostrophes (the
/// regex [\p{L}'’]+), found by one scan without allocating, since these rules read every paragraph
/// of every page.
/// </summary>
public static class Words
{
    /// <summary>True for a character that belongs to a word: any letter, or an apostrophe (' or ’).</summary>
    public static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '’';

    /// <summary>The words of the text, each as a slice of it, in order.</summary>
    public static Enumerator Of(ReadOnlySpan<char> text) => new(text);

    /// <summary>Number of words in the text.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var _ in Of(text)) n++;
        return n;
    }

    /// <summary>Walks the words of a text; a ref struct, so foreach over it allocates nothing.</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<char> text;
        private int next;

        internal Enumerator(ReadOnlySpan<char> text)
        {
            this.text = text;
            next = 0;
            Current = default;
        }

        /// <summary>The word the enumerator is on.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Where <see cref="Current"/> starts in the text.</summary>
        public int Index { get; private set; }

        /// <summary>Moves to the next word; false at the end of the text.</summary>
        public bool MoveNext()
        {
            var i = next;
            while (i < text.Length && !IsWordChar(text[i])) i++;
            if (i >= text.Length) { next = i; return false; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            Index = start;
            Current = text[start..i];
            next = i;
            return true;
        }

        /// <summary>Lets foreach walk the words.</summary>
        public readonly Enumerator GetEnumerator() => this;
    }
}
