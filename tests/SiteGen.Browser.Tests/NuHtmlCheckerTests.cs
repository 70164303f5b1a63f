using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>The Nu HTML Checker (vnu.jar from npm's vnu-jar) over the whole built sample site and its paginated variant: zero errors allowed.</summary>
public sealed class NuHtmlCheckerTests(ITestOutputHelper output)
{
    private static readonly string VnuJar = Path.Combine(BuiltSite.RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_is_valid_html()
    {
        await BuiltSite.EnsureBuiltAsync();
        await CheckAsync(BuiltSite.Output);
    }

    [Fact]
    public async Task Every_page_of_the_paginated_site_is_valid_html()
    {
        await PaginatedSampleSite.EnsureBuiltAsync();
        await CheckAsync(PaginatedSampleSite.Output);
    }

    private async Task CheckAsync(string site)
    {
        Assert.True(File.Exists(VnuJar),
            $"The Nu HTML Checker is missing ({VnuJar}). Run `npm ci` in {BuiltSite.RepositoryRoot} to install it (it is pinned in package.json).");

        var start = new ProcessStartInfo("java")
        {
            ArgumentList = { "-Xss4m", "-jar", VnuJar, "--errors-only", "--format", "json", "--skip-non-html", site },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The Nu HTML Checker needs Java 11 or later on the PATH (Debian: apt-get install -y default-jre-headless).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            // vnu writes its JSON report to standard error.
            var report = (await stderr).Trim();
            if (report.Length == 0) report = (await stdout).Trim();
            output.WriteLine($"vnu.jar exit code {process.ExitCode}: {report}");

            using var json = JsonDocument.Parse(report);
            var errors = json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => Describe(m, site))
                .ToList();
            Assert.True(errors.Count == 0,
                $"The Nu HTML Checker found {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors));
            Assert.Equal(0, process.ExitCode);
        }
    }

    private static string Describe(JsonElement m, string site)
    {
        var url = m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        var file = url.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetRelativePath(site, new Uri(url).LocalPath).Replace('\\', '/')
            : url;
        var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString() : "?";
        return $"{file}({line}): {m.GetProperty("message").GetString()}";
    }
}
