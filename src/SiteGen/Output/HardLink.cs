using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>A second name for an existing file, so an unchanged output file costs no copy.</summary>
internal static partial class HardLink
{
    /// <summary>Links <paramref name="target"/> to <paramref name="existing"/>; false when the system or file system cannot, and the caller writes the file instead.</summary>
    public static bool TryCreate(string existing, string target)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return link(existing, target) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int link(string existing, string target);
}
