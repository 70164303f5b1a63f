using System.Reflection;

namespace SiteGen.Accessibility;

/// <summary>Lists shipped inside an assembly (one entry a line, # starts a comment), such as those in Engine/Data.</summary>
public static class DataLists
{
    /// <summary>The entries of one of this library's lists, trimmed, without blank lines and comments.</summary>
    internal static IReadOnlyList<string> Lines(string name) => Lines(typeof(DataLists).Assembly, "Accessibility." + name);

    /// <summary>The entries of the list embedded in <paramref name="assembly"/> as <paramref name="resource"/>.</summary>
    public static IReadOnlyList<string> Lines(Assembly assembly, string resource)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The list {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
    }
}
