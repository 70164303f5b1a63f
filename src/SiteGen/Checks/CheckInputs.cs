using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Accessibility;
using SiteGen.Pipeline;
using SiteGen.Site;

namespace SiteGen.Checks;

/// <summary>
/// What every page's check depends on besides the page itself, as one key: the SiteGen build, the check options, the base URL,
/// whether drafts are shown, site.yml, the theme's interface strings, and the files the build writes (a link's
/// target exists or not). The layouts are not in it: a page's findings follow from its HTML, and where they
/// point in the theme is checked page by page (<see cref="CheckedPage.LocatedAsIn"/>).
/// </summary>
public static class CheckInputs
{
    /// <remarks>
    /// A preview rebuild that is not "everything" has the previous build's settings, interface strings and files
    /// (<see cref="Reuse.Unchanging{T}"/>): the key worked out then holds while the build writes the same files.
    /// </remarks>
    public static string KeyOf(BuildContext context, CheckOptions options, IReadOnlySet<string> writtenFiles)
    {
        if (context.Reuse is not { } reuse) return Made(context, options, writtenFiles);
        var kept = reuse.Unchanging("checks.inputs", () => new StrongBox<(IReadOnlySet<string> Written, string Key)?>());
        if (kept.Value is { } last && last.Written.SetEquals(writtenFiles)) return last.Key;
        var key = Made(context, options, writtenFiles);
        kept.Value = (writtenFiles, key);
        return key;
    }

    private static string Made(BuildContext context, CheckOptions options, IEnumerable<string> writtenFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        // Another build of SiteGen may have other rules, or rules that find other things in the same HTML.
        Add(CheckCacheFile.SiteGenBuild.ToString());
        Add(string.Join(",", options.Languages.Order(StringComparer.Ordinal)));
        Add(string.Join(",", options.KnownAbbreviations.Order(StringComparer.Ordinal)));
        Add(string.Join(",", options.IgnoredRules.Order(StringComparer.Ordinal)));
        Add(options.Level.ToString());
        Add(context.BaseUrl.ToString());
        Add(context.Options.IncludeDrafts.ToString());
        // A link to a draft names it, so which drafts are left out, and where they would be, is part of the result.
        foreach (var (source, sitePath) in context.DraftsLeftOut.OrderBy(d => d.Key, StringComparer.Ordinal))
            Add(source + " " + sitePath);
        foreach (var file in FilesRead(context))
        {
            Add(file);
            Add(File.Exists(file) ? File.ReadAllText(file) : "");
        }
        foreach (var file in writtenFiles.Order(StringComparer.Ordinal)) Add(file);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static IEnumerable<string> FilesRead(BuildContext context)
    {
        yield return Path.Combine(context.Site.Root, SiteConfigLoader.FileName);
        var strings = Path.Combine(context.Theme.Path, "i18n");
        if (Directory.Exists(strings))
            foreach (var file in Directory.EnumerateFiles(strings, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                yield return file;
    }
}
