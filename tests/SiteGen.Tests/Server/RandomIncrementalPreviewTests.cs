using System.Globalization;
using SiteGen.Build;
using SiteGen.Server.Builds;
using SiteGen.Site;
using SiteGen.Tests.Build;
using SiteGen.Tests.Publishing;

namespace SiteGen.Tests.Server;

/// <summary>
/// Random sequences of edits on a generated site: after every edit the preview's rebuild reports and serves
/// exactly what a full build of the same sources does. A failure names the seed and the edits, to replay them.
/// More seeds run locally with SITEGEN_RANDOM_SEEDS=N (N seeds after the fixed ones).
/// </summary>
public sealed class RandomIncrementalPreviewTests
{
    private const int EditsPerSeed = 8;
    private static readonly Uri Address = new("http://127.0.0.1:8080/");
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<int> Seeds()
    {
        var more = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_RANDOM_SEEDS"), out var n) ? n : 0;
        return [.. new[] { 1, 2, 3 }.Concat(Enumerable.Range(1000, Math.Max(0, more)))];
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_rebuild_in_a_random_sequence_of_edits_writes_what_a_full_build_writes(int seed)
    {
        using var site = new TempSite("title: Test site\nbaseUrl: https://example.org/\nlanguages:\n"
            + "  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n");
        using var generations = new Generations(Path.Combine(site.Root, "generations"));
        var builder = new PreviewBuilder(site.Root, Address, generations, TextWriter.Null, Clock);
        var random = new RandomEditSite(site, seed);
        random.WriteStart();
        var done = new List<string> { "start" };
        try
        {
            // The generated site is free of errors, so at least the first build's files are compared.
            Assert.True(await CompareAsync(site, await builder.BuildAsync([], default), 0));
            for (var step = 1; step <= EditsPerSeed; step++)
            {
                var (what, changed) = random.Edit();
                done.Add(what);
                await CompareAsync(site, await builder.BuildAsync(changed, default), step);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var steps = string.Join(Environment.NewLine, done.Select((d, i) => $"  {i}. {d}"));
            throw new Xunit.Sdk.XunitException(
                $"Seed {seed}, after edit {done.Count - 1} of:{Environment.NewLine}{steps}{Environment.NewLine}{e}");
        }
    }

    /// <summary>
    /// The rebuild reported what a full build reports and, if it published, serves the files it writes; true when
    /// it published.
    /// </summary>
    private static async Task<bool> CompareAsync(TempSite site, BuildReport rebuilt, int step)
    {
        var full = Path.Combine(site.Root, $"full-{step.ToString(CultureInfo.InvariantCulture)}");
        var expected = await SiteBuilder.RunAsync(site.Root, Options(full));
        Assert.Equal(
            expected.Diagnostics.Select(d => d.ToString()), rebuilt.Result.Diagnostics.Select(d => d.ToString()));
        // A build with errors publishes nothing, so there are no files to compare.
        if (expected.ExitCode != 0)
        {
            Assert.Equal(BuildChange.Failed, rebuilt.Change);
            return false;
        }
        SameOutput.Assert(full, ServedFiles.CopyTo(rebuilt.Served!, Path.Combine(site.Root, $"served-{step}")));
        return true;
    }

    private static BuildOptions Options(string output) => new()
    {
        OutputPath = output,
        BaseUrl = Address,
        IncludeDrafts = true,
        IncludeFuture = true,
        Preview = true,
        Clock = Clock,
        Now = Clock.GetUtcNow(),
    };
}
