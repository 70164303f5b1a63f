namespace SiteGen.EasyRead.Model;

/// <summary>A 1-based line and column in the markdown file.</summary>
public readonly record struct MarkdownPosition(int Line, int Column);

/// <summary>A word of body text, where it was written, and where it starts in its sentence's text.</summary>
public sealed record Word(string Text, MarkdownPosition At, bool StartsSentence, int Index);

/// <summary>One sentence of body text, its words and where it starts.</summary>
public sealed record Sentence(string Text, MarkdownPosition At, IReadOnlyList<Word> Words)
{
    /// <summary>Where the character at <paramref name="index"/> of <see cref="Text"/> was written: the word it falls in or the next one.</summary>
    public MarkdownPosition PositionOf(int index) =>
        Words.LastOrDefault(w => w.Index <= index) is { } word
            ? (index < word.Index + word.Text.Length ? word.At : Words.FirstOrDefault(w => w.Index > index)?.At ?? word.At)
            : At;
}

/// <summary>Whether text came from a paragraph or a list item.</summary>
public enum TextBlockKind { Paragraph, ListItem }

/// <summary>A paragraph or list item of body text, split into sentences.</summary>
public sealed record TextBlock(TextBlockKind Kind, string Text, MarkdownPosition At, IReadOnlyList<Sentence> Sentences);

/// <summary>The picture a point starts with.</summary>
public sealed record Picture(string Url, string Alt, bool Decorative, MarkdownPosition At);

/// <summary>
/// An Easy Read point: a paragraph that begins with a picture, with the paragraphs and lists below it
/// up to the next picture or heading. Text under a heading before any picture is a point with no picture.
/// </summary>
public sealed record Point(Picture? Picture, IReadOnlyList<TextBlock> Blocks, MarkdownPosition At)
{
    public IEnumerable<Sentence> Sentences => Blocks.SelectMany(b => b.Sentences);

    public int WordCount => Sentences.Sum(s => s.Words.Count);
}

/// <summary>How a stretch of text is emphasised in the source, when Easy Read asks for bold instead.</summary>
public enum EmphasisKind { Italic, Underline }

/// <summary>Italic or underlined text, and where it was written.</summary>
public sealed record Emphasis(EmphasisKind Kind, string Text, MarkdownPosition At);

/// <summary>A heading of the page: its level (2 for ##), its words, and where it was written.</summary>
public sealed record Heading(int Level, string Text, MarkdownPosition At);

/// <summary>
/// The body of a page as Easy Read sees it: points of text beside pictures, how the text is
/// emphasised, its headings, and every picture (a point's or any other).
/// </summary>
public sealed record EasyReadText(IReadOnlyList<Point> Points, IReadOnlyList<Emphasis> Emphasis, IReadOnlySet<string> DefinedAbbreviations)
{
    public IReadOnlyList<Heading> Headings { get; init; } = [];

    public IReadOnlyList<Picture> Pictures { get; init; } = [];

    /// <summary>The page's sections: the text under each heading of the highest level it uses, in order.</summary>
    public IReadOnlyList<Heading> Sections =>
        Headings.Count == 0 ? [] : Headings.Where(h => h.Level == Headings.Min(x => x.Level)).ToList();

    public IEnumerable<TextBlock> Blocks => Points.SelectMany(p => p.Blocks);

    public IEnumerable<Sentence> Sentences => Blocks.SelectMany(b => b.Sentences);
}
