using BenchmarkDotNet.Running;
using SiteGen.Benchmarks;

// dotnet run -c Release --project bench/SiteGen.Benchmarks -- --filter '*'
// (or a class name: --filter '*Accessibility*'). Each benchmark works on the sample site in content/.
// dotnet run -c Release --project bench/SiteGen.Benchmarks -- rule-costs <built site folder> [rounds]
// times each accessibility rule over every page of a built site (RuleCosts).
if (args is ["rule-costs", var site, ..])
{
    RuleCosts.Run(site, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SampleSite).Assembly).Run(args);
