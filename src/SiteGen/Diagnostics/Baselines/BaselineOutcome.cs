namespace SiteGen.Diagnostics.Baselines;

/// <summary>A build's findings once its baseline has been applied.</summary>
/// <param name="Reported">The findings the baseline does not know, to report and fail on as usual.</param>
/// <param name="Summary">What the baseline held back; null when the site has no baseline.</param>
public sealed record BaselineOutcome(IReadOnlyList<Diagnostic> Reported, BaselineSummary? Summary);

/// <summary>How many known findings a build found again, and how many of those recorded it no longer finds.</summary>
public sealed record BaselineSummary(int Known, int Fixed)
{
    /// <summary>
    /// "1,204 known problems recorded in sitegen-baseline.json; 3 fixed since: run sitegen baseline to update.";
    /// empty when the baseline records nothing.
    /// </summary>
    public string Sentence
    {
        get
        {
            if (Known == 0 && Fixed == 0) return "";
            var known = $"{Counted.Grouped(Known, "known problem")} recorded in {Baseline.FileName}";
            return Fixed == 0
                ? $"{known} (not listed)."
                : $"{known}; {Counted.Number(Fixed)} fixed since: run sitegen baseline to update.";
        }
    }
}
