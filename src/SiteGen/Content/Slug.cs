using System.Globalization;
using System.Text;

namespace SiteGen.Content;

/// <summary>Makes URL slugs from titles and file names: lower case, hyphens, letters of any script kept.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Accents are dropped from Latin letters (é → e) but letters of other scripts stay as they are.
            if (category == UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] < 0x250) continue;
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’') continue; // "Clinks’ work" → "clinks-work", not "clinks-s-work"
            else pendingHyphen = true;
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
