using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Yaml;

/// <summary>Parses YAML text into a node tree that keeps line numbers, turning syntax errors into diagnostics.</summary>
public static class YamlLoader
{
    /// <summary>Deepest nesting of lists and blocks accepted: real settings need a handful, and the node tree is built recursively.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most alias uses (*name) accepted: a few save repetition, thousands only serve to make hashing the tree explode.</summary>
    public const int MaxAliases = 100;

    /// <summary>
    /// Loads the first document of <paramref name="text"/>. <paramref name="lineOffset"/> is added to
    /// every line so positions point into the file the YAML was cut from (front matter).
    /// </summary>
    public static YamlNode? Load(string text, string file, int lineOffset, DiagnosticBag diagnostics, string errorCode)
    {
        var reached = 1;
        try
        {
            if (Limit(text, ref reached) is { } limit)
            {
                diagnostics.Error(Codes.YamlTooComplex, limit.Message, new SourceLocation(file, limit.Line + lineOffset, limit.Column));
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + lineOffset;
            var column = (int)e.Start.Column;
            var hint = " Check the indentation, and put quotes around values that contain a colon followed by a space.";
            if (FirstTabIndentedLine(text) is { } tabLine)
            {
                // YamlDotNet often reports the line before the tab (it is still reading that value), so point at the tab.
                (line, column) = (tabLine + lineOffset, 1);
                hint = " YAML does not allow tabs for indenting: use spaces.";
            }
            diagnostics.Error(errorCode, $"The YAML could not be read: {Describe(e)}.{hint}",
                new SourceLocation(file, Math.Max(1, line), Math.Max(1, column)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, on some runs of brackets and
            // quotes; the line after the last part it read is where it stopped.
            diagnostics.Error(errorCode,
                "The YAML could not be read from this line on. Check its brackets and quotes: put quotes around a value that contains [, ], {, }, a quote, or a colon followed by a space.",
                new SourceLocation(file, reached + lineOffset, 1));
            return null;
        }
    }

    /// <summary>
    /// Walks the parser's events (which needs no recursion) before the tree is built, so nesting deep
    /// enough to overflow the stack, or aliases multiplied into a "billion laughs", become a diagnostic.
    /// </summary>
    private static (string Message, int Line, int Column)? Limit(string text, ref int reached)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0, aliases = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            reached = (int)current.End.Line;
            switch (current)
            {
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    return ($"The YAML is nested more than {MaxDepth} levels deep. Settings never need that many: check the brackets and indentation.",
                        (int)current.Start.Line, (int)current.Start.Column);
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case AnchorAlias when ++aliases > MaxAliases:
                    return ($"The YAML uses aliases (*name) more than {MaxAliases} times. Write the values out instead of repeating anchors.",
                        (int)current.Start.Line, (int)current.Start.Column);
            }
        }
        return null;
    }

    /// <summary>The 1-based line of the first line indented with a tab, if any.</summary>
    private static int? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].TrimStart(' ').StartsWith('\t')) return i + 1;
        return null;
    }

    /// <summary>YamlDotNet's messages carry positions we report separately; keep the reason only.</summary>
    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        var reason = paren >= 0 ? message[(paren + 3)..] : message;
        return reason.TrimEnd('.').Trim();
    }

    public static int LineOf(YamlNode node, int lineOffset) => (int)node.Start.Line + lineOffset;

    public static int ColumnOf(YamlNode node) => (int)node.Start.Column;
}
