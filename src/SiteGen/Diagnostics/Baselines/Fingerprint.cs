using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Diagnostics.Baselines;

/// <summary>
/// What identifies a finding in its file from one build to the next: its code and the words of its message,
/// which quote the flagged text. Never its line or column, so an edit elsewhere in the file keeps it known;
/// never its severity, so a finding stays known when the site's accessibility level changes.
/// </summary>
public static partial class Fingerprint
{
    /// <summary>
    /// Sixteen hex digits: short enough to read in a diff, long enough that two findings of a file never share
    /// one by chance.
    /// </summary>
    public static string Of(Diagnostic diagnostic)
    {
        var text = diagnostic.Code + "\n" + Normalise(diagnostic.Message);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>
    /// The message with runs of white space made one space and every number made "#": figures such as a page's
    /// word count or reading grade move with edits anywhere on the page, and must not make a known finding new.
    /// </summary>
    public static string Normalise(string message) =>
        Spaces().Replace(Digits().Replace(message, "#"), " ").Trim();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
