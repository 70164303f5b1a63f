using AngleSharp.Diffing;
using ApprovalTests.Core;

namespace SiteGen.Tests.Snapshots;

/// <summary>
/// An ApprovalTests approver that compares HTML by meaning (elements, attributes, text) with
/// AngleSharp.Diffing, so whitespace and attribute order do not fail a snapshot. On a difference it
/// writes the .received.html file beside the .approved.html one for review. Asset fingerprints are
/// written as "#hash#": they change with every stylesheet edit, which does not change what a page says.
/// </summary>
public sealed partial class SemanticHtmlApprover(string html, IApprovalNamer namer) : IApprovalApprover
{
    private readonly string html = Fingerprint().Replace(html, ".#hash#.");

    [System.Text.RegularExpressions.GeneratedRegex(@"\.[0-9a-f]{10}\.(?=[A-Za-z0-9]+"")")]
    private static partial System.Text.RegularExpressions.Regex Fingerprint();

    private string Approved => Path.Combine(namer.SourcePath, namer.Name + ".approved.html");
    private string Received => Path.Combine(namer.SourcePath, namer.Name + ".received.html");
    private string differences = "";

    public bool Approve()
    {
        if (File.Exists(Approved))
        {
            var diffs = DiffBuilder.Compare(File.ReadAllText(Approved)).WithTest(html).Build().ToList();
            if (diffs.Count == 0) return true;
            differences = string.Join("\n", diffs.Take(10).Select(Describe));
        }
        else differences = "no approved file yet";
        File.WriteAllText(Received, html);
        return false;
    }

    public void Fail() =>
        throw new Xunit.Sdk.XunitException($"The page differs from {Path.GetFileName(Approved)}: {differences}\nReview {Received} and rename it to .approved.html if the change is right.");

    public void ReportFailure(IApprovalFailureReporter reporter) => reporter.Report(Approved, Received);

    public void CleanUpAfterSuccess(IApprovalFailureReporter reporter)
    {
        if (File.Exists(Received)) File.Delete(Received);
    }

    private static string Describe(AngleSharp.Diffing.Core.IDiff diff) => diff switch
    {
        AngleSharp.Diffing.Core.NodeDiff n => $"{n.Result} {n.Control.Path} vs {n.Test.Path}: \"{Trim(n.Control.Node.TextContent)}\" / \"{Trim(n.Test.Node.TextContent)}\"",
        AngleSharp.Diffing.Core.AttrDiff a => $"{a.Result} attribute {a.Control.Path}: \"{a.Control.Attribute.Value}\" / \"{a.Test.Attribute.Value}\"",
        AngleSharp.Diffing.Core.MissingNodeDiff m => $"missing {m.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedNodeDiff u => $"unexpected {u.Test.Path}",
        _ => diff.ToString() ?? "",
    };

    private static string Trim(string text) => text.Length > 60 ? text[..60] + "…" : text.Trim();
}
