using System.Text.RegularExpressions;
using SiteGen.EasyRead.Model;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// The European Easy-to-Read logo (Inclusion Europe) and what using it requires. The default theme
/// never shows it: a page shows it only when its author puts the picture in the text, found here by
/// its file name or alt text.
/// </summary>
public static partial class EasyToReadLogo
{
    /// <summary>The statement Inclusion Europe asks for wherever the logo is used.</summary>
    public const string Statement = "© European Easy-to-Read Logo: Inclusion Europe. More information at easy-to-read.eu";

    /// <summary>The first picture on the page that is the logo, or null.</summary>
    public static Picture? On(EasyReadText text) =>
        text.Pictures.FirstOrDefault(p => Logo().IsMatch(Path.GetFileName(p.Url)) || Logo().IsMatch(p.Alt));

    /// <summary>True when the page's text carries the statement (its letter case and spacing aside).</summary>
    public static bool HasStatement(EasyReadText text)
    {
        var all = Space().Replace(string.Join(" ", text.Sentences.Select(s => s.Text)), " ");
        return all.Contains("European Easy-to-Read Logo: Inclusion Europe", StringComparison.OrdinalIgnoreCase)
            && all.Contains("easy-to-read.eu", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"easy[\s_-]*to[\s_-]*read[\s_-]*logo|inclusion[\s_-]*europe", RegexOptions.IgnoreCase)]
    private static partial Regex Logo();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
