using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// Easy Read is checked by people who will read it (Inclusion Europe 5; PIF "test with users"), and
/// the page records who did and when: front matter <c>review: { checkedBy: [names], date: ... }</c>.
/// Missing is a warning, and an error on a page that shows the European Easy-to-Read logo, whose
/// licence requires a named reviewer.
/// </summary>
public sealed class ReviewRecorded : ReadabilityRule
{
    public override string Id => "ER031";
    public override string Name => "er-review-record";
    public override Severity Severity => Severity.Warning;
    public override string Source => "Inclusion Europe \"Information for all\" 5; Inclusion Europe logo licence; PIF Easy Read Matters";
    public override string Help => "Ask people who will read it to check the page, then add to its front matter: review: { checkedBy: [their names or group], date: 2020-12-10 }.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        var missing = new List<string>();
        if (page.Review is not { CheckedBy.Count: > 0 }) missing.Add("who checked it (review: checkedBy)");
        if (page.Review?.Date is null) missing.Add("when (review: date)");
        if (missing.Count == 0) yield break;
        var logo = EasyToReadLogo.On(page.Text) is not null;
        yield return Report(page.ReviewAt,
            $"This Easy Read page does not say {string.Join(" or ", missing)}{(logo ? ", and it shows the Easy-to-Read logo, which needs a named reviewer" : "")}.",
            logo ? Severity.Error : Severity.Warning);
    }
}
