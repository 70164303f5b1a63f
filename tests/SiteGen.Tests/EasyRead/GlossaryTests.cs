using SiteGen.Diagnostics;
using SiteGen.EasyRead.Glossary;

namespace SiteGen.Tests.EasyRead;

public sealed class GlossaryTests
{
    private static readonly Glossary Words = new(
    [
        new GlossaryEntry("justice", "Being fair.", 1),
        new GlossaryEntry("criminal justice system", "The police, courts, prisons and probation.", 2),
        new GlossaryEntry("charity", "A group that helps people.", 3),
    ]);

    [Fact]
    public void Matches_whole_words_in_any_case()
    {
        var match = Assert.Single(Words.Find("Charity work, not charityless."));
        Assert.Equal((0, 7), (match.Index, match.Length));
    }

    [Fact]
    public void Matches_plurals() => Assert.Equal("charity", Assert.Single(Words.Find("Many charitys")).Entry.Term);

    [Fact]
    public void The_longest_entry_wins_where_two_overlap() =>
        Assert.Equal("criminal justice system", Assert.Single(Words.Find("The criminal  justice system.")).Entry.Term);

    [Fact]
    public void Loads_word_and_explanation_pairs_from_yaml()
    {
        using var folder = new TempFolder();
        var path = folder.Write("glossary.yml", "# hard words\ndiversity: Including people from lots of different groups.\n");
        var glossary = GlossaryLoader.Load(path, "content/en/glossary.yml", new DiagnosticBag());
        Assert.Equal(new GlossaryEntry("diversity", "Including people from lots of different groups.", 2), Assert.Single(glossary.Entries));
    }

    [Fact]
    public void A_word_without_an_explanation_is_an_error_at_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("glossary.yml", "diversity: Including people.\ntokenistic:\n");
        var diagnostics = new DiagnosticBag();
        GlossaryLoader.Load(path, "content/en/glossary.yml", diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Codes.GlossaryInvalid, 2), (error.Code, error.Location!.Value.Line));
    }
}
