namespace SiteGen.Diagnostics;

/// <summary>Finds the nearest known word to a misspelt one, for "did you mean" hints.</summary>
public static class Suggestion
{
    /// <summary>The candidate closest to <paramref name="word"/>, if it is close enough to be a likely typo.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        // A third of the word's length (at least 1, at most 3 edits) separates typos from different words.
        var allowed = Math.Clamp(word.Length / 3, 1, 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
