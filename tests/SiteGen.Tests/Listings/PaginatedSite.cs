using SiteGen.Build;
using SiteGen.Tests.Build;
using SiteGen.Tests.Publishing;

namespace SiteGen.Tests.Listings;

/// <summary>
/// A three-language site with two items a listing page: five English events (three pages, all tagged "forum"),
/// three Welsh and three Urdu (two pages each), and no blog posts, built once for the pagination tests.
/// </summary>
public sealed class PaginatedSite() : BuiltTempSite(
    "title: Test site\nbaseUrl: https://example.org/\npaginate: 2\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n  - { code: ur, name: اردو, dir: rtl }\n")
{
    protected override async Task<BuildResult> WriteAndBuildAsync(TempSite site)
    {
        site.Write("content/cy/index.md", "---\ntitle: Hafan\n---\nCroeso.\n")
            .Write("content/ur/index.md", "---\ntitle: سرورق\n---\nخوش آمدید۔\n");
        // Newest first in the listing: the 5th is on page 1, the 1st alone on page 3.
        for (var day = 1; day <= 5; day++)
            site.Write($"content/en/events/2026-10-0{day}-meeting-{day}.md",
                $"---\ntitle: Meeting {day}\nsummary: Our meeting number {day}.\ntags: [forum]\n---\n## What happened\n\nWe met and talked.\n");
        for (var day = 1; day <= 3; day++)
            site.Write($"content/cy/events/2026-10-0{day}-cyfarfod-{day}.md",
                $"---\ntitle: Cyfarfod {day}\nsummary: Ein cyfarfod rhif {day}.\n---\n## Beth ddigwyddodd\n\nFe wnaethon ni gwrdd a siarad.\n");
        for (var day = 1; day <= 3; day++)
            site.Write($"content/ur/events/2026-10-0{day}-ijlas-{day}.md",
                $"---\ntitle: اجلاس {day}\nsummary: ہمارا اجلاس نمبر {day}۔\n---\n## کیا ہوا\n\nہم ملے اور بات کی۔\n");
        return await site.BuildAsync(o => o with { Clock = new FixedClock(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero)) });
    }
}
