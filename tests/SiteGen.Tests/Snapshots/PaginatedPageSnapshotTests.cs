using ApprovalTests;
using ApprovalTests.Reporters;
using SiteGen.Tests.Listings;

namespace SiteGen.Tests.Snapshots;

/// <summary>A page after the first of a paginated listing, compared with its approved snapshot by its HTML meaning.</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class PaginatedPageSnapshotTests(PaginatedSite site) : IClassFixture<PaginatedSite>
{
    [Fact] public void Events_index_second_page() => Verify("events/page/2/index.html");
    [Fact] public void Urdu_events_index_second_page() => Verify("ur/events/page/2/index.html");

    private void Verify(string page) =>
        Approvals.Verify(new SemanticHtmlApprover(site.Read(page), Approvals.GetDefaultNamer()), new QuietReporter());
}
