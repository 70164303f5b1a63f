using System.CommandLine;
using SiteGen.Build;
using SiteGen.Diagnostics.Formats;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>The commands and options of sitegen, as the contract lists them.</summary>
public static class Commands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("SiteGen builds accessible, multilingual websites from markdown, and checks every page before it is published.");
        root.Subcommands.Add(Build(writeOutput: true));
        root.Subcommands.Add(Build(writeOutput: false));
        root.Subcommands.Add(Serve.Create());
        root.Subcommands.Add(New());
        root.Subcommands.Add(RecordBaseline.Create());
        root.Subcommands.Add(PrecompileLayouts.Create());
        return root;
    }

    private static Command New()
    {
        var kind = new Argument<string>("kind") { Description = "What to start: event, post or page." };
        kind.AcceptOnlyFromAmong("event", "post", "page");
        var title = new Argument<string>("title") { Description = "The title, in quotes." };
        var lang = new Option<string?>("--lang") { Description = "The language code (default: the site's default language)." };
        var source = new Option<string>("--source") { Description = "The site root: the folder that holds content/. Default: the current folder.", DefaultValueFactory = _ => "." };
        var command = new Command("new", "Start a new event write-up, blog post or page, with its front matter written out. Never overwrites a file.");
        command.Arguments.Add(kind);
        command.Arguments.Add(title);
        command.Options.Add(lang);
        command.Options.Add(source);
        command.SetAction(parse =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(source)!);
            var diagnostics = new SiteGen.Diagnostics.DiagnosticBag();
            var config = SiteConfigLoader.Load(siteRoot, diagnostics);
            var written = config is null ? null : SiteGen.Content.NewContent.Create(siteRoot, config,
                Enum.Parse<SiteGen.Content.NewKind>(parse.GetValue(kind)!, ignoreCase: true), parse.GetValue(title)!,
                parse.GetValue(lang), DateOnly.FromDateTime(DateTime.Now), diagnostics);
            foreach (var d in diagnostics.Sorted()) Console.Out.WriteLine(d);
            if (written is null) return config is null || diagnostics.Sorted().Any(d => d.Code == SiteGen.Diagnostics.Codes.SiteConfigInvalid) ? 2 : 1;
            Console.Error.WriteLine($"Created {written}. Open it in your editor, then run sitegen build.");
            return 0;
        });
        return command;
    }

    private static Command Build(bool writeOutput)
    {
        var source = new Option<string>("--source") { Description = "The site root: the folder that holds content/. Default: the current folder.", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format") { Description = "How problems are printed: text, json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = writeOutput
            ? new Command("build", "Build the site into the output folder, checking every page. A build with errors leaves the previous output as it was.")
            : new Command("check", "Check everything a build checks, without writing the site.");
        var report = new Option<string?>("--report") { Description = "Also write an HTML report of every finding to this file, to open in a browser." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print info messages (such as each page's readability figures); without it, text output lists only errors and warnings and counts the info messages in the summary. json, sarif and --report always include them." };
        command.Options.Add(source);
        command.Options.Add(format);
        command.Options.Add(report);
        var noCache = new Option<bool>("--no-cache") { Description = "Check every page again, without reading or writing the build cache (each page's check results, kept from the last build of this site)." };
        command.Options.Add(verbose);
        command.Options.Add(noCache);

        Option<string?>? output = null;
        Option<string?>? baseUrl = null;
        Option<bool>? drafts = null;
        Option<bool>? future = null;
        if (writeOutput)
        {
            output = new Option<string?>("--output") { Description = "Where to write the site. Default: <source>/_site." };
            baseUrl = new Option<string?>("--base-url") { Description = "The address the site is published at, e.g. https://user.github.io/repo/. Overrides baseUrl in site.yml." };
            drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true." };
            future = new Option<bool>("--future") { Description = "Include pages dated in the future (scheduled pages)." };
            command.Options.Add(output);
            command.Options.Add(baseUrl);
            command.Options.Add(drafts);
            command.Options.Add(future);
        }

        command.SetAction(async (parse, cancel) =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(source)!);
            Uri? baseUri = null;
            if (baseUrl is not null && parse.GetValue(baseUrl) is { } url)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out baseUri) || baseUri.Scheme is not ("http" or "https"))
                {
                    Console.Error.WriteLine($"sitegen: --base-url \"{url}\" is not a web address. Give the full address, e.g. https://user.github.io/repo/.");
                    return 2;
                }
                baseUri = SiteConfigLoader.WithTrailingSlash(baseUri);
            }
            var options = new BuildOptions
            {
                OutputPath = Path.GetFullPath(output is not null && parse.GetValue(output) is { } o ? o : Path.Combine(siteRoot, "_site")),
                IncludeDrafts = drafts is not null && parse.GetValue(drafts),
                IncludeFuture = future is not null && parse.GetValue(future),
                BaseUrl = baseUri,
                WriteOutput = writeOutput,
                CacheFolder = parse.GetValue(noCache) ? null : Path.GetDirectoryName(SiteGen.Templates.CompiledTemplateCache.DefaultFolder()),
            };
            var diagnosticFormat = Enum.Parse<DiagnosticFormat>(parse.GetValue(format)!, ignoreCase: true);
            var reportPath = parse.GetValue(report) is { } r ? Path.GetFullPath(r) : null;
            return await Report.RunAsync(siteRoot, options, diagnosticFormat, reportPath, parse.GetValue(verbose), cancel);
        });
        return command;
    }
}
