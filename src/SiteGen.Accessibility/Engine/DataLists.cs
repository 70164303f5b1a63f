namespace SiteGen.Accessibility;

/// <summary>The lists shipped in Engine/Data (one entry a line, # starts a comment), read from the assembly.</summary>
internal static class DataLists
{
    /// <summary>The entries of one list, trimmed, without blank lines and comments.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        using var stream = typeof(DataLists).Assembly.GetManifestResourceStream("Accessibility." + name)
            ?? throw new InvalidOperationException($"The list {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
    }
}
