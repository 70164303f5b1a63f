using SiteGen.Site;

namespace SiteGen.Tests;

/// <summary>Site settings for tests: English at the root, Welsh and Urdu under their codes.</summary>
internal static class TestSites
{
    public static SiteConfig Config(string baseUrl = "https://example.org/") => new()
    {
        Title = "Test site",
        BaseUrl = new Uri(baseUrl),
        DefaultLanguage = "en",
        Languages =
        [
            new LanguageConfig("en", "English"),
            new LanguageConfig("cy", "Cymraeg"),
            new LanguageConfig("ur", "اردو", "rtl"),
        ],
    };
}

/// <summary>A temporary site root, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-tests-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
