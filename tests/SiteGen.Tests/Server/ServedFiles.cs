using SiteGen.Server.Builds;

namespace SiteGen.Tests.Server;

/// <summary>What a preview generation serves, read the way the server reads it: through its map of files.</summary>
internal static class ServedFiles
{
    /// <summary>Copies every file the generation serves into a new folder, so it can be compared with a full build's output.</summary>
    public static string CopyTo(Generation generation, string folder)
    {
        foreach (var sitePath in generation.Files.Keys)
        {
            var target = Path.Combine(folder, sitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(generation.FileOf(sitePath)!, target);
        }
        return folder;
    }

    public static string Text(Generation generation, string sitePath) => File.ReadAllText(generation.FileOf(sitePath)!);
}
