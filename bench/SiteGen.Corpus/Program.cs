using SiteGen.Corpus;

// Usage: dotnet run --project bench/SiteGen.Corpus -- COUNT OUTPUT [--seed N]
// Writes OUTPUT/sitegen, OUTPUT/hugo and OUTPUT/eleventy: the same COUNT pages as three sites.
if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 1)
{
    Console.Error.WriteLine("usage: SiteGen.Corpus COUNT OUTPUT [--seed N]");
    return 2;
}
var output = Path.GetFullPath(args[1]);
var seed = args.Length >= 4 && args[2] == "--seed" ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20201208;
var peers = FindPeers();

var articles = new CorpusGenerator(seed).Generate(count);
foreach (var site in new[] { "sitegen", "hugo", "eleventy" })
{
    var folder = Path.Combine(output, site);
    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
}
SiteGenSite.Write(Path.Combine(output, "sitegen"), articles);
HugoSite.Write(Path.Combine(output, "hugo"), articles);
Sites.CopyTree(Path.Combine(peers, "hugo"), Path.Combine(output, "hugo"));
EleventySite.Write(Path.Combine(output, "eleventy"), articles);
Sites.CopyTree(Path.Combine(peers, "eleventy"), Path.Combine(output, "eleventy"));
// The peers style their pages with SiteGen's own stylesheet, so all three publish the same files.
var css = Path.Combine(peers, "..", "..", "themes", "default", "assets", "css");
Sites.CopyTree(css, Path.Combine(output, "hugo", "static", "css"));
Sites.CopyTree(css, Path.Combine(output, "eleventy", "src", "css"));

var words = articles.Sum(a => a.Body.Sum(b => b switch { Paragraph p => p.Text.Split(' ').Length, BulletList l => l.Items.Sum(i => i.Split(' ').Length), _ => 0 }));
Console.WriteLine($"{articles.Count} pages ({articles.Count(a => a.Language == "en")} en, {articles.Count(a => a.Language == "cy")} cy), {words / articles.Count} words a page on average, seed {seed}, in {output}");
return 0;

// The peer generators' layouts live in bench/peers beside this project.
static string FindPeers()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (Directory.Exists(Path.Combine(dir.FullName, "bench", "peers"))) return Path.Combine(dir.FullName, "bench", "peers");
    throw new DirectoryNotFoundException("bench/peers was not found above " + AppContext.BaseDirectory);
}
