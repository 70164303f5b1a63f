using System.Globalization;
using System.Text;

namespace SiteGen.Build;

/// <summary>
/// Keeps two builds from writing the same output folder at once. The lock is the operating system's
/// lock on a file beside the output (FileShare.None), so it ends with the process that holds it,
/// however that process ends: a build that was killed leaves the file behind, never the lock.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream stream;

    private BuildLock(FileStream stream) => this.stream = stream;

    /// <summary>The lock file of <paramref name="outputPath"/>: "._site.lock" beside "_site".</summary>
    public static string PathFor(string outputPath)
    {
        var output = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.lock");
    }

    /// <summary>
    /// Takes the lock, or returns null with the process id of the build that holds it
    /// (0 when it cannot be told).
    /// </summary>
    public static BuildLock? TryAcquire(string outputPath, out int holder)
    {
        var path = PathFor(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        holder = 0;
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            holder = HolderOf(path);
            return null;
        }
        // The files are left in place when the build ends: deleting the lock file would let a third
        // build lock a new file while a second still holds the old one.
        File.WriteAllText(OwnerPath(path), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Encoding.ASCII);
        return new BuildLock(stream);
    }

    /// <summary>The process id is kept in a file of its own: .NET on Linux and macOS cannot read a file another process locked.</summary>
    private static string OwnerPath(string lockPath) => lockPath + "-owner";

    private static int HolderOf(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(OwnerPath(path)).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public void Dispose() => stream.Dispose();
}
