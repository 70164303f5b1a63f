using SiteGen.Build;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Publishing;

/// <summary>A clock that always says the same time, so which events are upcoming does not depend on when the tests run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>The feed, sitemap and calendar tests share one build of <see cref="PublishingSite"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PublishingSiteCollection : ICollectionFixture<PublishingSite>
{
    public const string Name = "Publishing site";
}

/// <summary>
/// A three-language site published under a base path (a GitHub Pages project site), with events
/// before and after the build's fixed "now", built once for the feed, sitemap and calendar tests.
/// </summary>
public sealed class PublishingSite() : BuiltTempSite(
    $"title: Test site\ndescription: A site for testing feeds.\nbaseUrl: {BaseUrl}\ndefaultLanguage: en\nlanguages:\n  - {{ code: en, name: English }}\n  - {{ code: cy, name: Cymraeg }}\n  - {{ code: ur, name: اردو, dir: rtl }}\n")
{
    public const string BaseUrl = "https://example.github.io/sitegen/";
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    protected override async Task<BuildResult> WriteAndBuildAsync(TempSite site)
    {
        site.Write("content/cy/index.md", "---\ntitle: Hafan\n---\nCroeso.\n")
            .Write("content/ur/index.md", "---\ntitle: سرورق\n---\nخوش آمدید۔\n")
            // Upcoming, with an offset that is not UTC, and a Welsh translation.
            .Write("content/en/events/2026-11-01-winter-forum.md",
                "---\ntitle: Winter forum\nsummary: A forum about involvement in winter.\ntags: [forum]\nevent:\n  start: 2026-12-01T10:00:00+01:00\n  end: 2026-12-01T12:30:00+01:00\n  location: Temple of Peace, Cardiff\n---\n" +
                "## Agenda\n\nRead [about us](../about.md) before you come.[^1]\n\n[^1]: Or after.\n")
            .Write("content/cy/events/2026-11-01-winter-forum.md",
                "---\ntitle: Fforwm y gaeaf\nsummary: Fforwm am gyfranogiad yn y gaeaf.\nevent:\n  start: 2026-12-01T10:00:00+01:00\n  end: 2026-12-01T12:30:00+01:00\n  location: Teml Heddwch, Caerdydd\n---\n## Agenda\n\nCroeso i bawb.\n")
            // Ended ten days before the build: recent, so it keeps its calendar file.
            .Write("content/en/events/2026-11-10-autumn-meeting.md",
                "---\ntitle: Autumn meeting\nsummary: An online meeting.\nevent:\n  start: 2026-11-10T14:00:00+00:00\n  online: true\n---\n## What happened\n\nWe met online.\n")
            // Ended long before the build: no calendar file.
            .Write("content/en/events/2026-09-01-summer-picnic.md",
                "---\ntitle: Summer picnic\nsummary: A picnic.\nevent:\n  start: 2026-09-01T12:00:00+00:00\n  location: Bute Park\n---\n## What happened\n\nWe ate sandwiches.\n")
            // All day, on a date with no time.
            .Write("content/en/events/2026-11-05-open-day.md",
                "---\ntitle: Open day\nsummary: Our doors are open all day.\nevent:\n  start: 2026-12-24\n  location: Our office\n---\n## Come along\n\nEveryone is welcome.\n")
            .Write("content/images/meeting.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" width=\"120\" height=\"120\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>")
            .Write("content/en/events/2026-11-01-winter-forum.easy-read.md",
                "---\ntitle: Winter forum in Easy Read\nreview:\n  checkedBy: [Our Easy Read group]\n  date: 2026-10-20\n---\n## About the forum\n\n![People sitting round a table](../../images/meeting.svg) We will talk about taking part.\n\n"
                + "## Find out more\n\n![People sitting round a table](../../images/meeting.svg) Come to our office to ask us.\n")
            .Write("content/en/blog/2026-10-15-a-post.md",
                "---\ntitle: News from the office\nsummary: What we have been doing.\ntags: [news]\naliases: [/news/old-post/]\n---\n## Our news\n\nSee our [winter forum](../events/2026-11-01-winter-forum.md).\n");
        return await site.BuildAsync(o => o with { Clock = new FixedClock(Now) });
    }
}
