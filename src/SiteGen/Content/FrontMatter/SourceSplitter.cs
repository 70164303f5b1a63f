namespace SiteGen.Content.FrontMatter;

/// <summary>Where front matter and body sit in a markdown file.</summary>
public sealed record SplitSource(string? FrontMatter, int FrontMatterFirstLine, string Body, int BodyFirstLine, bool Unclosed);

/// <summary>Splits a markdown file into its YAML front matter (between <c>---</c> lines) and its body.</summary>
public static class SourceSplitter
{
    public static SplitSource Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
            return new SplitSource(null, 0, text, 1, Unclosed: false);

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = i + 1 < lines.Length ? string.Join('\n', lines[(i + 1)..]) : "";
                // Lines are 1-based: the YAML starts on line 2 and the body on the line after the closing fence.
                return new SplitSource(yaml, 2, body, i + 2, Unclosed: false);
            }
        }
        return new SplitSource(null, 0, text, 1, Unclosed: true);
    }
}
