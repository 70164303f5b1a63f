using BenchmarkDotNet.Running;
using SiteGen.Benchmarks;

// dotnet run -c Release --project bench/SiteGen.Benchmarks -- --filter '*'
// (or a class name: --filter '*Accessibility*'). Each benchmark works on the sample site in content/.
// dotnet run -c Release --project bench/SiteGen.Benchmarks -- rule-costs <built site folder> [rounds]
// times each accessibility rule over every page of a built site (RuleCosts).
// dotnet run -c Release --project bench/SiteGen.Benchmarks -- check-costs <built site folder> [rounds]
// times the check phase's parse and rules over every page of a built site, a page at a time (CheckCosts).
// dotnet run -c Release --project bench/SiteGen.Benchmarks -- parse-costs <built site folder> [rounds]
// times the checks' AngleSharp parse of every page of a built site alone (ParseCosts).
// dotnet run -c Release --project bench/SiteGen.Benchmarks -- readability-costs <content folder> [rounds]
// times the readability figures of every markdown page (ReadabilityCosts).
if (args is ["rule-costs", var site, ..])
{
    RuleCosts.Run(site, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
if (args is ["check-costs", var pages, ..])
{
    CheckCosts.Run(pages, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
if (args is ["parse-costs", var built, ..])
{
    ParseCosts.Run(built, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
if (args is ["readability-costs", var content, ..])
{
    ReadabilityCosts.Run(content, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SampleSite).Assembly).Run(args);
