using ApprovalTests;
using ApprovalTests.Reporters;
using SiteGen.Tests.EndToEnd;

namespace SiteGen.Tests.Snapshots;

/// <summary>Whole rendered pages of the sample site, compared with approved snapshots by their HTML meaning.</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class PageSnapshotTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact] public void Event_write_up_page() => Verify("events/diversity-in-service-user-involvement/index.html");
    [Fact] public void Blog_post_page() => Verify("blog/making-service-user-involvement-meaningful/index.html");
    [Fact] public void Plain_page() => Verify("about/index.html");
    [Fact] public void Home_page() => Verify("index.html");
    [Fact] public void Events_index_page() => Verify("events/index.html");
    [Fact] public void Tag_page() => Verify("tags/diversity/index.html");
    [Fact] public void Tags_index_page() => Verify("tags/index.html");
    [Fact] public void Not_found_page() => Verify("404.html");
    [Fact] public void Urdu_event_write_up_page() => Verify("ur/events/diversity-in-service-user-involvement/index.html");
    [Fact] public void Easy_read_page() => Verify("events/diversity-in-service-user-involvement/easy-read/index.html");
    [Fact] public void Search_page() => Verify("search/index.html");

    private void Verify(string page) =>
        Approvals.Verify(new SemanticHtmlApprover(site.Read(page), Approvals.GetDefaultNamer()), new QuietReporter());
}
