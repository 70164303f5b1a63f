using SiteGen.Build;
using SiteGen.Site;

namespace SiteGen.Tests.EndToEnd;

/// <summary>Builds the repository's sample site once into a temporary folder, shared by the end-to-end tests.</summary>
public sealed class SampleSite : IAsyncLifetime
{
    public static string RepositoryRoot { get; } = FindRoot();

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "sitegen-e2e-" + Guid.NewGuid().ToString("N"));

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await SiteBuilder.RunAsync(RepositoryRoot, new BuildOptions { OutputPath = Output });

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
        return Task.CompletedTask;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
