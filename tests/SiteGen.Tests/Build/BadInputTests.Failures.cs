using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>A page that SiteGen or its theme cannot lay out: an error on that page, and the run goes on.</summary>
public sealed partial class BadInputTests
{
    [Fact]
    public async Task A_layout_failing_on_one_page_is_an_error_on_that_page_with_a_log_and_the_rest_is_still_checked()
    {
        var (site, diagnostics, exit) = await BuildBroken(s =>
        {
            s.Write("content/en/blog/2021-01-02-unlucky.md", "---\ntitle: Unlucky\ndate: 2021-01-02\n---\nText.\n");
            s.Write("content/en/blog/2021-01-03-vague.md", "---\ntitle: Vague\ndate: 2021-01-03\n---\nRead it [here](https://example.org/).\n");
            var layout = Path.Combine(s.Root, "themes/default/layouts/post.cshtml");
            var lines = File.ReadAllLines(layout).ToList();
            lines.Insert(1, "@{ if (Model.Title == \"Unlucky\") throw new System.FormatException(\"The theme broke.\"); }");
            File.WriteAllLines(layout, lines);
            // Layouts are compiled once a process; the first build compiled this one before it was changed.
            SiteGen.Templates.ThemeRenderer.Forget(new SiteGen.Templates.Theme(Path.Combine(s.Root, "themes/default")));
        });
        using (site)
        {
            var failure = Assert.Single(diagnostics, d => d.Code == Codes.PageFailed);
            Assert.True(failure.IsError);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-unlucky.md", 1, 1), failure.Location);
            var log = Regex.Match(failure.Message, @"details in (\S+\.log)").Groups[1].Value;
            Assert.Contains("System.FormatException: The theme broke.", File.ReadAllText(log));
            Assert.Contains(diagnostics, d => d.Code == "A11Y012" && d.Location!.Value.File == "content/en/blog/2021-01-03-vague.md");
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task A_layout_for_dated_articles_on_a_page_without_a_date_is_an_error_at_its_layout_line()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/history.md", "---\ntitle: Our history\nlayout: post\n---\nText.\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.LayoutDoesNotFit, error.Code);
            Assert.Equal(new SourceLocation("content/en/history.md", 3, 1), error.Location);
            Assert.Equal(1, exit);
        }
    }

    [Fact]
    public async Task An_event_without_a_readable_date_is_left_out_with_its_error_alone()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/events/meeting.md", "---\ntitle: Meeting\ndate: next Tuesday\n---\nText.\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.InvalidDate, error.Code);
            Assert.Equal(new SourceLocation("content/en/events/meeting.md", 3, 7), error.Location);
            Assert.Equal(1, exit);
        }
    }
}
