namespace SiteGen.Tests.Build;

/// <summary>Two output folders compared as a user's web host would see them: the same files, byte for byte.</summary>
public static class SameOutput
{
    public static void Assert(string expectedFolder, string actualFolder)
    {
        static List<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var expected = Files(expectedFolder);
        Xunit.Assert.NotEmpty(expected);
        Xunit.Assert.Equal(expected, Files(actualFolder));
        foreach (var file in expected)
            Xunit.Assert.True(File.ReadAllBytes(Path.Combine(expectedFolder, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(actualFolder, file))), $"{file} differs");
    }
}
