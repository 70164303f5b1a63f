using SiteGen.Diagnostics;

namespace SiteGen.EasyRead.Rules;

/// <summary>
/// A page that shows the European Easy-to-Read logo meets Inclusion Europe's conditions for it: the
/// people who checked it are named in the page's text (as well as in <c>review: checkedBy</c>), and the
/// page carries the statement "© European Easy-to-Read Logo: Inclusion Europe. More information at
/// easy-to-read.eu". That the reviewers have an intellectual disability and speak the page's language
/// as a first language is for the author to make sure of.
/// </summary>
public sealed class LogoConditions : ReadabilityRule
{
    public override string Id => "ER032";
    public override string Name => "er-logo-conditions";
    public override Severity Severity => Severity.Error;
    public override string Source => "Inclusion Europe, European Easy-to-Read logo: conditions of use";
    public override string Help => "Meet the logo's conditions (easy-to-read.eu) or remove the logo.";

    public override IEnumerable<ReadabilityFinding> Check(ReadabilityPage page)
    {
        if (EasyToReadLogo.On(page.Text) is not { } logo) yield break;
        var text = string.Join(" ", page.Text.Sentences.Select(s => s.Text));
        var unnamed = (page.Review?.CheckedBy ?? []).Where(name => !text.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (unnamed.Count > 0)
            yield return Report(logo.At, $"The page shows the Easy-to-Read logo but does not name who checked it: write {string.Join(" and ", unnamed)} in the page's text.");
        if (!EasyToReadLogo.HasStatement(page.Text))
            yield return Report(logo.At, $"The page shows the Easy-to-Read logo without the statement \"{EasyToReadLogo.Statement}\".");
    }
}
