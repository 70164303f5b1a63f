using SiteGen.Build;

namespace SiteGen.Tests;

public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder parent = new();
    private string Root => Path.Combine(parent.Path, "site");

    public OutputFolderTests() => Directory.CreateDirectory(Root);

    public void Dispose() => parent.Dispose();

    [Fact]
    public void Refuses_the_site_root()
    {
        Assert.Contains("site root", OutputFolder.Refusal(Root, Root));
    }

    [Fact]
    public void Refuses_the_site_root_written_with_a_trailing_slash()
    {
        Assert.NotNull(OutputFolder.Refusal(Root, Root + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Refuses_the_content_folder()
    {
        Assert.Contains("content/", OutputFolder.Refusal(Root, Path.Combine(Root, "content")));
    }

    [Fact]
    public void Refuses_a_folder_inside_content()
    {
        Assert.NotNull(OutputFolder.Refusal(Root, Path.Combine(Root, "content", "en")));
    }

    [Fact]
    public void Refuses_the_themes_folder()
    {
        Assert.Contains("themes/", OutputFolder.Refusal(Root, Path.Combine(Root, "themes")));
    }

    [Fact]
    public void Refuses_the_git_folder()
    {
        Assert.NotNull(OutputFolder.Refusal(Root, Path.Combine(Root, ".git")));
    }

    [Fact]
    public void Refuses_a_folder_that_holds_the_site_root()
    {
        Assert.Contains("holds the site root", OutputFolder.Refusal(Root, parent.Path));
    }

    [Fact]
    public void Accepts_site_underscore_folder_in_the_site_root()
    {
        Assert.Null(OutputFolder.Refusal(Root, Path.Combine(Root, "_site")));
    }

    [Fact]
    public void Accepts_a_folder_outside_the_site()
    {
        Assert.Null(OutputFolder.Refusal(Root, Path.Combine(parent.Path, "published")));
    }

    [Fact]
    public void Accepts_a_folder_whose_name_starts_like_a_protected_one()
    {
        Assert.Null(OutputFolder.Refusal(Root, Path.Combine(Root, "content-out")));
        Assert.Null(OutputFolder.Refusal(Root, Path.Combine(parent.Path, "site-out")));
    }

    [Fact]
    public void Staging_sits_beside_the_output_folder()
    {
        var output = new OutputFolder(Path.Combine(Root, "_site"));

        Assert.Equal(Root, Path.GetDirectoryName(output.StagingPath));
        Assert.StartsWith("._site.staging-", Path.GetFileName(output.StagingPath));
    }

    [Fact]
    public void Promote_replaces_the_old_output_with_the_staged_site()
    {
        var path = Path.Combine(Root, "_site");
        parent.Write("site/_site/old.html", "old");
        var output = new OutputFolder(path);
        output.CreateStaging();
        File.WriteAllText(Path.Combine(output.StagingPath, "new.html"), "new");

        output.Promote();

        Assert.True(File.Exists(Path.Combine(path, "new.html")));
        Assert.False(File.Exists(Path.Combine(path, "old.html")));
        Assert.False(Directory.Exists(output.StagingPath));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Discarding_staging_leaves_the_old_output_as_it_was()
    {
        var path = Path.Combine(Root, "_site");
        parent.Write("site/_site/old.html", "old");
        var output = new OutputFolder(path);
        output.CreateStaging();
        File.WriteAllText(Path.Combine(output.StagingPath, "new.html"), "new");

        output.DiscardStaging();

        Assert.Equal(["old.html"], Directory.GetFiles(path).Select(Path.GetFileName));
        Assert.False(Directory.Exists(output.StagingPath));
    }
}
