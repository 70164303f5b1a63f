using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Content.Markdown;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Output;

/// <summary>Writes each document with a destination into the build's output root, dropping the source-position marks.</summary>
public sealed partial class WriteFiles : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (!context.Options.WriteOutput) return inputs;
        var written = inputs.Where(d => d.Destination is not null).ToList();
        context.Progress.Expect(BuildStage.Writing, written.Count);
        // A rebuild leaves each file the previous build published exactly so where it is (the preview serves it from
        // there): one pass without threads sets those aside, so only the files that changed are spread over the pool.
        var toWrite = new List<Document>();
        foreach (var document in written)
            if (context.Reuse?.KeepsPreviousFile(document) == true) context.Progress.Advance(BuildStage.Writing);
            else toWrite.Add(document);
        await PerDocumentModule.ForEachAsync(toWrite.Count, context, async j =>
        {
            try
            {
                await WriteAsync(toWrite[j], toWrite[j].Destination!, context);
            }
            finally
            {
                context.Progress.Advance(BuildStage.Writing);
            }
        });
        return inputs;
    }

    private static async Task WriteAsync(Document document, string destination, BuildContext context)
    {
        var path = Path.GetFullPath(Path.Combine(context.OutputRoot, destination));
        // A destination is built from content paths; this is the last guard that nothing lands outside the output.
        if (!path.StartsWith(Path.GetFullPath(context.OutputRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write {destination} outside the output folder.");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (document.CopyFrom is { } from)
        {
            try
            {
                File.Copy(from, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A broken shortcut or a file without read permission is the author's to fix, not a crash.
                context.Diagnostics.Error(Codes.FileUnreadable, $"The file could not be copied into the site: {e.Message} Check that it exists and that you may open it.",
                    SourceLocation.StartOf(document.Source));
            }
        }
        else
            await File.WriteAllBytesAsync(path, StripPositions(document.Utf8Content), context.CancellationToken);
    }

    /// <summary>The published HTML without the <c>data-md-pos</c> attributes the checks used.</summary>
    public static string StripPositions(string html) => PositionMark().Replace(html, "");

    /// <summary>
    /// The published UTF-8 HTML without the <c>data-md-pos</c> attributes the checks used: the same marks as
    /// <see cref="StripPositions(string)"/> removes, found in the bytes, so a page is written without being decoded.
    /// </summary>
    public static ReadOnlyMemory<byte> StripPositions(byte[] html)
    {
        var from = 0;
        var next = html.AsSpan().IndexOf(PositionMarkStart);
        if (next < 0) return html;
        var kept = new byte[html.Length];
        var length = 0;
        while (next >= 0)
        {
            var at = from + next;
            var end = at + PositionMarkStart.Length;
            while (end < html.Length && html[end] is not ((byte)'"' or (byte)'<' or (byte)'>' or (byte)'\n')) end++;
            // Not a whole mark (no closing quote): kept as it is, and the search goes on after its first byte.
            var whole = end < html.Length && html[end] == '"';
            var keepTo = whole ? at : at + 1;
            html.AsSpan(from, keepTo - from).CopyTo(kept.AsSpan(length));
            length += keepTo - from;
            from = whole ? end + 1 : at + 1;
            next = html.AsSpan(from).IndexOf(PositionMarkStart);
        }
        html.AsSpan(from).CopyTo(kept.AsSpan(length));
        return kept.AsMemory(0, length + html.Length - from);
    }

    private static readonly byte[] PositionMarkStart = Encoding.ASCII.GetBytes(" " + MarkdownRenderer.PositionAttribute + "=\"");

    // A mark holds a line and column, and in a layout's mark of front matter the file's path (HTML-escaped: no quote).
    [GeneratedRegex(" " + MarkdownRenderer.PositionAttribute + "=\"[^\"<>\n]*\"")]
    private static partial Regex PositionMark();
}
