using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/SiteGen.Benchmarks -- --filter '*'
// (or a class name: --filter '*Accessibility*'). Each benchmark works on the sample site in content/.
BenchmarkSwitcher.FromAssembly(typeof(SiteGen.Benchmarks.SampleSite).Assembly).Run(args);
