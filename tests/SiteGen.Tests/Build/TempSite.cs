using SiteGen.Build;
using SiteGen.Site;
using SiteGen.Tests.EndToEnd;

namespace SiteGen.Tests.Build;

/// <summary>A small site written into a temporary folder for one test, built with the repository's default theme.</summary>
public sealed class TempSite : IDisposable
{
    private readonly TempFolder folder = new();

    public string Root => folder.Path;
    public string Output => Path.Combine(Root, "_site");

    public TempSite(string siteYml = "title: Test site\nbaseUrl: https://example.org/\nlanguages:\n  - { code: en, name: English }\n")
    {
        Write("content/site.yml", siteYml);
        CopyDirectory(Path.Combine(SampleSite.RepositoryRoot, "themes"), Path.Combine(Root, "themes"));
        Write("content/en/index.md", "---\ntitle: Home\n---\nWelcome to the test site.\n");
        Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are.\n");
        Write("content/en/accessibility.md", "---\ntitle: Accessibility statement\n---\nHow accessible this site is.\n");
    }

    public TempSite Write(string relative, string text)
    {
        folder.Write(relative, text);
        return this;
    }

    public TempSite WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public Task<BuildResult> BuildAsync(Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var options = new BuildOptions { OutputPath = Output };
        return SiteBuilder.RunAsync(Root, adjust is null ? options : adjust(options));
    }

    public void Dispose() => folder.Dispose();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
