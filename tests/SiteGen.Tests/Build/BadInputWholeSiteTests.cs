using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Server.Builds;
using SiteGen.Tests.Cli;
using SiteGen.Tests.EndToEnd;

namespace SiteGen.Tests.Build;

/// <summary>
/// Every kind of front matter that cannot be read, planted in the blog and events of a whole site (the sample site:
/// events, blog posts, Welsh and Urdu translations, Easy Read versions), and run through build and check as a user runs
/// them, and through the preview's build: no stack trace, exit code 1, each problem at its file and line, and an
/// accessibility defect in a good page still reported in the same run.
/// </summary>
public sealed partial class BadInputWholeSiteTests(BadInputWholeSiteTests.BrokenSite site) : IClassFixture<BadInputWholeSiteTests.BrokenSite>
{
    /// <summary>One bad page: its name, its front matter and body, and the errors it must give (code and line).</summary>
    public sealed record BadPage(string Name, string Text, params (string Code, int Line)[] Errors);

    public static readonly BadPage[] BadPages =
    [
        new("empty.md", "", (Codes.TitleMissing, 1)),
        new("blank-lines.md", "\n \n\t\n", (Codes.TitleMissing, 1)),
        new("slash-date.md", "---\ntitle: Slash date\ndate: 08/12/2020\n---\n", (Codes.InvalidDate, 3)),
        new("next-tuesday.md", "---\ntitle: Next Tuesday\ndate: next Tuesday\n---\n", (Codes.InvalidDate, 3)),
        new("never-closed.md", "---\ntitle: Never closed\ndate: 2020-12-08\n\n", (Codes.FrontMatterNotClosed, 1)),
        new("deeply-nested.md", $"---\ntitle: {new string('[', 200)}\n---\n", (Codes.YamlTooComplex, 2)),
        new("unclosed-yaml.md", "---\ntitle: [unclosed\ndate: 2020-12-08\n---\n", (Codes.FrontMatterSyntax, 2)),
        new("event-times.md", "---\ntitle: Event times\ndate: 2020-12-08\nevent: {start: soon, end: 2020-13-45}\n---\n",
            (Codes.InvalidDate, 4), (Codes.InvalidDate, 4)),
    ];

    /// <summary>Where the bad pages are planted: each folder gets every one of them.</summary>
    public static readonly string[] Folders = ["content/en/blog", "content/en/events", "content/cy/events"];

    private const string HugoDate = "hugo-date.md";
    private const string Defect = "content/en/blog/2021-03-01-annual-report.md";
    private const string Linker = "content/en/blog/2021-03-02-reading-list.md";

    /// <summary>The sample site with the bad pages, a good page with an accessibility defect and one linking to a bad page.</summary>
    public sealed class BrokenSite : IDisposable
    {
        private readonly TempFolder folder = new();
        private readonly Dictionary<string, Task<SitegenProcess.Outcome>> runs = [];

        public string Root => folder.Path;

        public BrokenSite()
        {
            foreach (var tree in new[] { "content", "themes" })
                foreach (var file in Directory.EnumerateFiles(Path.Combine(SampleSite.RepositoryRoot, tree), "*", SearchOption.AllDirectories))
                {
                    var copy = Path.Combine(Root, Path.GetRelativePath(SampleSite.RepositoryRoot, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                    File.Copy(file, copy);
                }
            foreach (var where in Folders)
            {
                // Welsh pages get Welsh words, so they are not reported as copies of the English ones.
                var body = where.Contains("/cy/", StringComparison.Ordinal) ? "Testun y dudalen.\n" : "The text of the page.\n";
                foreach (var page in BadPages) folder.Write($"{where}/{page.Name}", page.Text + (page.Text.StartsWith("---") ? body : ""));
                folder.Write($"{where}/{HugoDate}", $"---\ntitle: Hugo date {where.Length}\ndate: 2019-05-14 9:00:00 -0400\n---\n{body}");
            }
            folder.Write(Defect, "---\ntitle: Annual report\ndate: 2021-03-01\n---\nOur annual report is out. Read it [here](https://example.org/report).\n");
            folder.Write(Linker, "---\ntitle: Reading list\ndate: 2021-03-02\n---\nWe liked [the post about dates](slash-date.md).\n");
        }

        /// <summary>sitegen run once per command with these arguments, in this site.</summary>
        public Task<SitegenProcess.Outcome> Run(string command)
        {
            lock (runs)
                return runs.TryGetValue(command, out var run) ? run : runs[command] = SitegenProcess.RunAsync(Root, command);
        }

        public void Dispose() => folder.Dispose();
    }

    /// <summary>The diagnostics sitegen printed, read back from its text lines.</summary>
    private static List<(string File, int Line, string Severity, string Code, string Message)> Printed(SitegenProcess.Outcome run) =>
        [.. DiagnosticLine().Matches(run.StandardOutput + run.StandardError).Select(m =>
            (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), m.Groups["severity"].Value, m.Groups["code"].Value, m.Groups["message"].Value))];

    [GeneratedRegex(@"^(?<file>\S[^(\r\n]*)\((?<line>\d+),\d+\): (?<severity>error|warning|info) (?<code>\w+): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    public static TheoryData<string> Commands => ["build", "check"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Bad_front_matter_fails_the_run_with_exit_code_1_and_no_stack_trace(string command)
    {
        var run = await site.Run(command);

        Assert.Equal(1, run.ExitCode);
        var printed = run.StandardOutput + run.StandardError;
        Assert.DoesNotContain("Exception", printed);
        Assert.DoesNotContain("   at ", printed);
        Assert.DoesNotContain("internal error", printed);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_bad_page_gives_exactly_its_errors_at_their_lines(string command)
    {
        var printed = Printed(await site.Run(command));

        Assert.NotEmpty(BadPages);
        foreach (var where in Folders)
            foreach (var page in BadPages)
            {
                var file = $"{where}/{page.Name}";
                var found = printed.Where(p => p.File == file && p.Severity == "error").Select(p => $"{p.Code}({p.Line})").Order();
                Assert.Equal(page.Errors.Select(e => $"{e.Code}({e.Line})").Order(), found);
            }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_accessibility_defect_in_a_good_page_is_still_reported_in_the_same_run(string command)
    {
        var printed = Printed(await site.Run(command));

        Assert.Contains(printed, p => p.File == Defect && p.Line == 5 && p.Code == "A11Y012");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_error_is_at_a_bad_page_or_at_the_link_to_one(string command)
    {
        var printed = Printed(await site.Run(command));

        var planted = Folders.SelectMany(f => BadPages.Select(p => $"{f}/{p.Name}")).Append(Linker).Append(Defect).ToHashSet();
        var errors = printed.Where(p => p.Severity == "error").ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains(e.File, planted));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_link_to_a_page_left_out_for_its_errors_says_so(string command)
    {
        var printed = Printed(await site.Run(command));

        var link = Assert.Single(printed, p => p.File == Linker);
        Assert.Equal((5, Codes.BrokenLink), (link.Line, link.Code));
        Assert.Contains("has errors", link.Message);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_hugo_date_time_is_read_without_a_word(string command)
    {
        var printed = Printed(await site.Run(command));

        Assert.DoesNotContain(printed, p => p.File.EndsWith(HugoDate, StringComparison.Ordinal) && p.Severity != "info");
    }

    [Fact]
    public async Task The_previews_build_reports_the_same_errors_and_publishes_nothing()
    {
        var run = await site.Run("check");
        using var generations = new Generations(Path.Combine(site.Root, ".preview"));
        var builder = new PreviewBuilder(site.Root, new Uri("http://127.0.0.1:8080/"), generations, TextWriter.Null);

        var report = await builder.BuildAsync([], CancellationToken.None);

        Assert.Equal(BuildChange.Failed, report.Change);
        var expected = Printed(run).Where(p => p.Severity == "error").Select(p => (p.File, p.Line, p.Code)).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Superset(expected, report.Errors.Where(e => e.Location is not null)
            .Select(e => (e.Location!.Value.File, e.Location!.Value.Line, e.Code)).ToHashSet());
    }
}
