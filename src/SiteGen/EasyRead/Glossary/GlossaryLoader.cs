using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.EasyRead.Glossary;

/// <summary>
/// Reads content/&lt;lang&gt;/glossary.yml: one <c>word: plain explanation</c> a line, or, for a word
/// with other words that mean the same, a block <c>word: { explanation: ..., synonyms: [other, words] }</c>.
/// </summary>
public static class GlossaryLoader
{
    public const string FileName = "glossary.yml";

    /// <summary>The glossary at <paramref name="path"/> (shown to authors as <paramref name="displayPath"/>), or an empty one when there is no file.</summary>
    public static Glossary Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return Glossary.Empty;
        var root = YamlLoader.Load(File.ReadAllText(path), displayPath, 0, diagnostics, Codes.GlossaryInvalid);
        if (root is null) return Glossary.Empty;
        if (root is not YamlMappingNode map)
        {
            diagnostics.Error(Codes.GlossaryInvalid,
                "The glossary must list one hard word a line with its explanation, like: diversity: including people from lots of different groups.",
                SourceLocation.StartOf(displayPath));
            return Glossary.Empty;
        }
        var entries = new List<GlossaryEntry>();
        foreach (var (key, value) in map.Children)
        {
            var term = (key as YamlScalarNode)?.Value?.Trim() ?? "";
            var at = new SourceLocation(displayPath, YamlLoader.LineOf(key, 0), YamlLoader.ColumnOf(key));
            var (explanation, synonyms) = value is YamlMappingNode block ? Block(block, displayPath, diagnostics) : (Scalar(value), []);
            if (term.Length == 0 || explanation.Length == 0)
                diagnostics.Error(Codes.GlossaryInvalid,
                    $"The glossary word \"{term}\" has no explanation. Write it after the colon in plain words, like: {(term.Length > 0 ? term : "diversity")}: including people from lots of different groups.",
                    at);
            else entries.Add(new GlossaryEntry(term, explanation, at.Line) { Synonyms = synonyms });
        }
        return new Glossary(entries);
    }

    private static string Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value?.Trim() ?? "";

    private static (string Explanation, IReadOnlyList<string> Synonyms) Block(YamlMappingNode block, string displayPath, DiagnosticBag diagnostics)
    {
        var explanation = "";
        var synonyms = new List<string>();
        foreach (var (key, value) in block.Children)
        {
            switch (Scalar(key))
            {
                case "explanation":
                    explanation = Scalar(value);
                    break;
                case "synonyms" when value is YamlSequenceNode list:
                    synonyms.AddRange(list.Children.Select(Scalar).Where(s => s.Length > 0));
                    break;
                case "synonyms":
                    synonyms.Add(Scalar(value));
                    break;
                case var other:
                    diagnostics.Error(Codes.GlossaryInvalid,
                        $"\"{other}\" is not something a glossary word can have: write explanation: and, if other words mean the same, synonyms: [other words].",
                        new SourceLocation(displayPath, YamlLoader.LineOf(key, 0), YamlLoader.ColumnOf(key)));
                    break;
            }
        }
        return (explanation, synonyms.Where(s => s.Length > 0).ToList());
    }
}
