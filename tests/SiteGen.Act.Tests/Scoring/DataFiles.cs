namespace SiteGen.Act.Tests.Scoring;

/// <summary>The data files: ACT rules out of a static checker's reach, and known disagreements.</summary>
public static class DataFiles
{
    /// <summary>ACT rule id → why a static checker cannot decide it (script, layout, media or judgement).</summary>
    public static IReadOnlyDictionary<string, string> ExcludedRules { get; } =
        ReadKeyed("excluded-rules.txt", keyWords: 1);

    /// <summary>Case key ("23a2a8 Failed 3") → why the implementing rule disagrees with it today.</summary>
    public static IReadOnlyDictionary<string, string> KnownGaps { get; } = ReadKeyed("known-gaps.txt", keyWords: 3);

    // Lines are "<key words> <reason>"; blank lines and lines starting with # are comments.
    private static IReadOnlyDictionary<string, string> ReadKeyed(string name, int keyWords)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", name)))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var words = line.Split(' ', keyWords + 1, StringSplitOptions.RemoveEmptyEntries);
            var key = string.Join(' ', words.Take(keyWords));
            result.Add(key, words.Length > keyWords ? words[keyWords].Trim() : "");
        }
        return result;
    }
}
