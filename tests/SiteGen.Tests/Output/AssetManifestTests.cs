using SiteGen.Output;

namespace SiteGen.Tests.Output;

public sealed class AssetManifestTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Root => _folder.Path;

    private void Write(string path, string text) => _folder.Write(path, text);

    private AssetManifest Build() => AssetManifest.Build(Root);

    [Theory]
    [InlineData("css/site.css", "css/site.0123456789.css")]
    [InlineData("js/search.min.js", "js/search.min.0123456789.js")]
    [InlineData("fonts/LICENSE", "fonts/LICENSE.0123456789")]
    [InlineData(".well-known/x", ".well-known/x.0123456789")]
    public void The_hash_goes_before_the_last_extension(string path, string expected) =>
        Assert.Equal(expected, AssetManifest.WithHash(path, "0123456789"));

    [Fact]
    public void Every_file_of_the_folder_gets_a_fingerprinted_name()
    {
        Write("css/site.css", "body { color: black }");
        Write("js/search.js", "console.log(1);");
        var assets = Build().Assets;
        Assert.Equal(["css/site.css", "js/search.js"], assets.Keys.Order(StringComparer.Ordinal));
        Assert.Matches(@"^css/site\.[0-9a-f]{10}\.css$", assets["css/site.css"].PublishedPath);
        Assert.Matches(@"^js/search\.[0-9a-f]{10}\.js$", assets["js/search.js"].PublishedPath);
    }

    [Fact]
    public void Changed_content_gets_a_new_name_and_unchanged_content_keeps_it()
    {
        Write("css/site.css", "body { color: black }");
        var first = Build().Assets["css/site.css"].PublishedPath;
        Assert.Equal(first, Build().Assets["css/site.css"].PublishedPath);
        Write("css/site.css", "body { color: navy }");
        Assert.NotEqual(first, Build().Assets["css/site.css"].PublishedPath);
    }

    [Fact]
    public void A_stylesheet_names_other_theme_files_by_their_fingerprinted_names()
    {
        Write("fonts/body.woff2", "font bytes");
        Write("css/site.css", "@font-face { src: url(\"../fonts/body.woff2?v=1\") } a { background: url(https://example.org/x.png) }");
        var manifest = Build();
        var font = manifest.Assets["fonts/body.woff2"].PublishedPath;
        var css = manifest.Assets["css/site.css"].RewrittenText;
        Assert.Equal($"@font-face {{ src: url(\"../{font}?v=1\") }} a {{ background: url(https://example.org/x.png) }}", css);
    }

    [Fact]
    public void A_stylesheet_without_references_to_theme_files_is_copied_as_it_is()
    {
        Write("css/site.css", "body { color: black }");
        Assert.Null(Build().Assets["css/site.css"].RewrittenText);
    }

    [Fact]
    public void A_theme_without_an_assets_folder_has_none() =>
        Assert.Empty(AssetManifest.Build(Path.Combine(Root, "missing")).Assets);

    public void Dispose() => _folder.Dispose();
}
