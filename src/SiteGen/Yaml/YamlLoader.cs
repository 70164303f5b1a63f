using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Yaml;

/// <summary>Parses YAML text into a node tree that keeps line numbers, turning syntax errors into diagnostics.</summary>
public static class YamlLoader
{
    /// <summary>
    /// Loads the first document of <paramref name="text"/>. <paramref name="lineOffset"/> is added to
    /// every line so positions point into the file the YAML was cut from (front matter).
    /// </summary>
    public static YamlNode? Load(string text, string file, int lineOffset, DiagnosticBag diagnostics, string errorCode)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + lineOffset;
            var hint = text.Contains('\t')
                ? " YAML does not allow tabs for indenting: use spaces."
                : " Check the indentation, and put quotes around values that contain a colon followed by a space.";
            diagnostics.Error(errorCode, $"The YAML could not be read: {Describe(e)}.{hint}",
                new SourceLocation(file, Math.Max(1, line), Math.Max(1, (int)e.Start.Column)));
            return null;
        }
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
