using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content.Markdown;
using SiteGen.EasyRead.Readability;

namespace SiteGen.EasyRead.Model;

/// <summary>
/// Reads a markdown body into <see cref="EasyReadText"/>: its points, sentences and words with the
/// line and column each was written at, so every readability problem can point at the source.
/// </summary>
public static partial class EasyReadParser
{
    /// <summary>Parses <paramref name="markdown"/>, whose first line is line <paramref name="firstLine"/> of its file.</summary>
    public static EasyReadText Parse(string markdown, int firstLine = 1)
    {
        var document = MarkdownRenderer.Parse(markdown);
        var state = new State(firstLine);
        foreach (var block in document) Visit(block, state);
        state.ClosePoint();
        var defined = document.GetAbbreviations() is { } abbreviations
            ? abbreviations.Keys.ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        return new EasyReadText(state.Points, state.Emphasis, defined) { Headings = state.Headings, Pictures = state.Pictures };
    }

    private static void Visit(Block block, State state)
    {
        switch (block)
        {
            case HeadingBlock heading:
                state.ClosePoint();
                // Headings are not body text, but italics in them still show.
                var title = new Text();
                Flatten(heading.Inline, state, title);
                state.Headings.Add(new Heading(heading.Level, title.Builder.ToString().Trim(), state.At(heading.Line, heading.Column)));
                break;
            case ThematicBreakBlock:
                state.ClosePoint();
                break;
            case ParagraphBlock paragraph:
                Paragraph(paragraph, state, TextBlockKind.Paragraph);
                break;
            case ListItemBlock item:
                foreach (var child in item)
                    if (child is ParagraphBlock p) Paragraph(p, state, TextBlockKind.ListItem);
                    else Visit(child, state);
                break;
            case ContainerBlock container when block is ListBlock or QuoteBlock:
                foreach (var child in container) Visit(child, state);
                break;
        }
    }

    private static void Paragraph(ParagraphBlock paragraph, State state, TextBlockKind kind)
    {
        if (paragraph.Inline is null) return;
        var text = new Text();
        if (kind == TextBlockKind.Paragraph && LeadingImage(paragraph.Inline) is { } image)
        {
            state.ClosePoint();
            var picture = PictureOf(image, state);
            state.Pictures.Add(picture);
            state.Open(picture);
            for (var next = image.NextSibling; next is not null; next = next.NextSibling) Flatten(next, state, text);
        }
        else
            Flatten(paragraph.Inline, state, text);

        var blockText = text.Builder.ToString();
        var spans = TextUnits.Sentences(blockText);
        var sentences = new List<Sentence>(spans.Count);
        foreach (var span in spans) sentences.Add(Sentence(span, text, state));
        if (sentences.Count > 0)
            state.Add(new TextBlock(kind, blockText.Trim(), state.At(paragraph.Line, paragraph.Column), sentences));
    }

    private static Sentence Sentence(SentenceSpan span, Text text, State state)
    {
        // Room for words of five letters and a space, about the average in English and Welsh, so most lists never grow.
        var words = new List<Word>(span.Text.Length / 6 + 1);
        foreach (var word in TextUnits.EachWord(span.Text))
            words.Add(new Word(word.Text, text.PositionOf(span.Index + word.Index, state), words.Count == 0, word.Index));
        return new Sentence(span.Text, text.PositionOf(span.Index, state), words);
    }

    private static Picture PictureOf(LinkInline image, State state)
    {
        var alt = new Text();
        foreach (var child in image) Flatten(child, state, alt);
        var decorative = image.TryGetAttributes()?.Classes?.Contains("decorative") == true;
        return new Picture(image.Url ?? "", alt.Builder.ToString().Trim(), decorative, state.At(image.Line, image.Column));
    }

    /// <summary>The image a paragraph starts with, ignoring spaces before it.</summary>
    private static LinkInline? LeadingImage(ContainerInline inline)
    {
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LinkInline { IsImage: true } image) return image;
            if (child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) continue;
            return null;
        }
        return null;
    }

    private static void Flatten(Inline? inline, State state, Text text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString(), literal.Line, literal.Column);
                break;
            case CodeInline code:
                text.Append(code.Content, code.Line, code.Column);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString(), entity.Line, entity.Column);
                break;
            case SmartyPant pant:
                text.Append(pant.AsLiteralInline().Content.ToString(), pant.Line, pant.Column);
                break;
            case AbbreviationInline abbreviation:
                text.Append(abbreviation.Abbreviation.Label ?? "", abbreviation.Line, abbreviation.Column);
                break;
            case LineBreakInline lineBreak:
                text.Append(" ", lineBreak.Line, lineBreak.Column);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url, autolink.Line, autolink.Column);
                break;
            case LinkInline { IsImage: true } image:
                state.Pictures.Add(PictureOf(image, state));
                break;
            // An address shown as the link's words (an email, a web address) is read out, not read as words.
            case LinkInline link when link.Url is { } url && (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || PlainText(link) == url):
                break;
            case HtmlInline html:
                if (OpeningEmphasisTag().Match(html.Tag) is { Success: true } tag)
                    state.Emphasis.Add(new Emphasis(tag.Groups[1].Value.ToLowerInvariant() is "u" or "ins" ? EmphasisKind.Underline : EmphasisKind.Italic,
                        html.Tag, state.At(html.Line, html.Column)));
                break;
            case EmphasisInline emphasis:
                var start = text.Builder.Length;
                foreach (var child in emphasis) Flatten(child, state, text);
                // One * or _ is italic; two is bold, which Easy Read uses for emphasis.
                if (emphasis.DelimiterCount == 1 && emphasis.DelimiterChar is '*' or '_')
                    state.Emphasis.Add(new Emphasis(EmphasisKind.Italic, text.Builder.ToString(start, text.Builder.Length - start), state.At(emphasis.Line, emphasis.Column)));
                break;
            case ContainerInline container:
                foreach (var child in container) Flatten(child, state, text);
                break;
        }
    }

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    [GeneratedRegex(@"^<\s*(em|i|u|ins|cite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningEmphasisTag();

    /// <summary>Text flattened from inlines, remembering the markdown position of every character.</summary>
    /// <remarks>Each appended piece was written on one line from one column on, so a piece's start is kept
    /// rather than a position per character.</remarks>
    private sealed class Text
    {
        public StringBuilder Builder { get; } = new();
        private readonly List<(int Start, int Line, int Column)> pieces = [];

        public void Append(string value, int line, int column)
        {
            if (value.Length == 0) return;
            pieces.Add((Builder.Length, line, column));
            Builder.Append(value);
        }

        public MarkdownPosition PositionOf(int index, State state)
        {
            if (pieces.Count == 0) return state.At(0, 0);
            index = Math.Clamp(index, 0, Builder.Length - 1);
            // The last piece starting at or before the index holds it.
            int low = 0, high = pieces.Count - 1;
            while (low < high)
            {
                var mid = (low + high + 1) >>> 1;
                if (pieces[mid].Start <= index) low = mid; else high = mid - 1;
            }
            var (start, line, column) = pieces[low];
            return state.At(line, column + index - start);
        }
    }

    private sealed class State(int firstLine)
    {
        public List<Point> Points { get; } = [];
        public List<Emphasis> Emphasis { get; } = [];
        public List<Heading> Headings { get; } = [];
        public List<Picture> Pictures { get; } = [];
        private Picture? picture;
        private List<TextBlock>? blocks;
        private MarkdownPosition pointAt;

        /// <summary>Markdig's 0-based line within the body and 0-based column, as a 1-based file position.</summary>
        public MarkdownPosition At(int line, int column) => new(line + firstLine, column + 1);

        public void Open(Picture start)
        {
            picture = start;
            blocks = [];
            pointAt = start.At;
        }

        public void Add(TextBlock block)
        {
            if (blocks is null)
            {
                blocks = [];
                pointAt = block.At;
            }
            blocks.Add(block);
        }

        public void ClosePoint()
        {
            if (blocks is not null && (picture is not null || blocks.Count > 0))
                Points.Add(new Point(picture, blocks, pointAt));
            picture = null;
            blocks = null;
        }
    }
}
