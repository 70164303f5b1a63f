using System.Text;
using CsCheck;

namespace SiteGen.Tests.Build;

/// <summary>
/// Random front matter, markdown and file names through the whole build: no exception escapes, every
/// broken file is named by at least one error, and a good page in the same site is untouched by them.
/// A fixed seed and a few cases in CI; SITEGEN_FUZZ_ITERATIONS (README) runs as many as asked.
/// </summary>
public sealed class FuzzTests
{
    private const string Seed = "0SiteGen0Fz1";

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 12;

    private const string GoodPage = "content/en/blog/2021-01-01-the-good-page.md";

    /// <summary>One broken file: its name, its bytes, and which defect it was given.</summary>
    public sealed record BrokenFile(string Name, byte[] Bytes, string Defect)
    {
        public override string ToString() => $"{Defect}: {Name}\n{Encoding.UTF8.GetString(Bytes)}";
    }

    private static readonly Gen<string> Words = Gen.String[Gen.Char["abc xyzéŵاردو:#&*!{}[]\"'\\|-"], 0, 24];

    /// <summary>Any one-line text, including characters YAML and markdown give meaning to; never a fence line.</summary>
    private static readonly Gen<string> Noise = Gen.OneOf(Words, Gen.String[Gen.Char, 0, 16])
        .Select(s => s.Replace('\n', ' ').Replace('\r', ' ').Replace('\0', ' '))
        .Where(s => s.Trim() is not ("---" or "..."));

    private static readonly Gen<string> FrontMatterLine = Gen.OneOf(
        Noise.Select(v => $"summary: {v}"),
        Noise.Select(v => $"tags: [{v}]"),
        Noise.Select(v => $"aliases: [{v}]"),
        Noise.Select(v => $"tittle: {v}"),
        Noise.Select(v => $"event:\n  location: {v}"),
        Noise.Select(v => $"image: {{ src: {v}, alt: {v} }}"),
        Noise);

    private static readonly Gen<string> MarkdownLine = Gen.OneOf(
        Noise,
        Noise.Select(t => $"## {t}"),
        Noise.Select(t => $"[{t}](../{t}.md)"),
        Noise.Select(t => $"![{t}](../../images/{t}.png)"),
        Noise.Select(t => $"<div>{t}"),
        Noise.Select(t => $"<script>{t}</script>"),
        Noise.Select(t => $"| {t} | {t} |\n|---|---|\n| a | b |"),
        Noise.Select(t => $"Footnote[^1].\n\n[^1]: {t}"));

    private static readonly Gen<string> Body = MarkdownLine.List[0, 6].Select(lines => string.Join("\n\n", lines));

    private static readonly Gen<string> FrontMatter = FrontMatterLine.List[0, 4].Select(lines => string.Join("\n", lines));

    /// <summary>A name with spaces, other scripts and characters Windows forbids; never a path.</summary>
    private static readonly Gen<string> FileName = Gen.String[Gen.Char["ab -_.éŵاردو:?*<>|\"'#%&()[]{}"], 1, 30]
        .Select(s => s.Replace("..", "."));

    /// <summary>A file with one defect that must be reported whatever the noise around it.</summary>
    private static readonly Gen<(string Defect, byte[] Bytes)> Defect = Gen.OneOf(
        Gen.Select(FrontMatter, Body, (fm, body) => ("front matter never closed", Utf8($"---\ntitle: Open\n{fm}\n{body}\n"))),
        Gen.Select(FrontMatter, Body, (fm, body) => ("no title", Utf8($"---\n{fm.Replace("title", "name")}\n---\n{body}\n"))),
        Gen.Select(Noise, Body, (date, body) => ("date in words", Utf8($"---\ntitle: Dated\ndate: next {date.Replace(':', ' ').Replace('#', ' ')}\n---\n{body}\n"))),
        Gen.Select(Noise, Body, (t, body) => ("title is a list", Utf8($"---\ntitle:\n  - one\n  - two\n---\n{t}\n{body}\n"))),
        Gen.Select(Noise, Body, (t, body) => ("slug is a path", Utf8($"---\ntitle: Slug\nslug: ../../{t.Replace('\'', ' ')}x\n---\n{body}\n"))),
        Gen.Select(FrontMatter, Body, (fm, body) => ("not UTF-8", Utf8($"---\ntitle: Caf")
            .Concat(new byte[] { 0xC3, 0x28 }).Concat(Utf8($"\n{fm}\n---\n{body}\n")).ToArray())),
        Gen.Byte.Array[1, 64].Select(bytes => ("binary", Utf8("---\n").Concat(bytes).Concat(new byte[] { 0 }).ToArray())),
        Gen.Int[40, 400].Select(depth => ("nested too deep", Utf8($"---\ntitle: Deep\ntags: {new string('[', depth)}{new string(']', depth)}\n---\nText.\n"))));

    private static readonly Gen<BrokenFile[]> BrokenFiles =
        Gen.Select(FileName, Defect, (name, defect) => (name, defect)).Array[1, 3]
            .Select(files => files.Select((f, i) => new BrokenFile($"content/en/blog/2021-02-0{i + 1}-bad{i}-{f.name}.md", f.defect.Bytes, f.defect.Defect)).ToArray());

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Random_broken_files_are_each_reported_and_the_good_page_is_untouched()
    {
        // One site for every case, so the theme is compiled once (it is cached by its folder); cases run one at a time.
        using var site = new TempSite();
        site.Write(GoodPage, "---\ntitle: The good page\ndate: 2021-01-01\n---\nThis page has nothing wrong with it.\n");
        var blog = Path.Combine(site.Root, "content/en/blog");

        await BrokenFiles.SampleAsync(async files =>
        {
            foreach (var old in Directory.GetFiles(blog).Where(f => !f.EndsWith("the-good-page.md", StringComparison.Ordinal))) File.Delete(old);
            foreach (var file in files) site.WriteBytes(file.Name, file.Bytes);

            var result = await site.BuildAsync();

            Assert.Equal(1, result.ExitCode);
            foreach (var file in files)
                Assert.True(result.Diagnostics.Any(d => d.IsError && d.Location?.File == file.Name),
                    $"No error names {file.Name} ({file.Defect}):\n{string.Join("\n", result.Diagnostics)}");
            Assert.DoesNotContain(result.Diagnostics, d => d.Location?.File == GoodPage);
            Assert.False(Directory.Exists(site.Output), "A build with errors published its output.");
        }, seed: Seed, iter: Iterations, threads: 1);
    }
}
