using SiteGen.Diagnostics;
using SiteGen.EasyRead.Glossary;

namespace SiteGen.Tests.EasyRead;

/// <summary>Synonyms written in glossary.yml, for er-synonyms.</summary>
public sealed class GlossarySynonymTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"glossary-{Guid.NewGuid():N}.yml");

    private Glossary Load(string yaml, DiagnosticBag diagnostics)
    {
        File.WriteAllText(file, yaml);
        return GlossaryLoader.Load(file, "content/en/glossary.yml", diagnostics);
    }

    [Fact]
    public void A_word_written_as_a_block_has_its_explanation_and_synonyms()
    {
        var diagnostics = new DiagnosticBag();
        var entry = Assert.Single(Load("probation officer:\n  explanation: A person who helps people after prison.\n  synonyms: [probation worker, PO]\n", diagnostics).Entries);
        Assert.Equal("A person who helps people after prison.", entry.Explanation);
        Assert.Equal(["probation worker", "PO"], entry.Synonyms);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_block_with_an_unknown_key_is_an_error_at_that_key()
    {
        var diagnostics = new DiagnosticBag();
        Load("probation officer:\n  explanation: A person who helps.\n  means: x\n", diagnostics);
        Assert.Equal(3, Assert.Single(diagnostics.Sorted(), d => d.Code == Codes.GlossaryInvalid).Location?.Line);
    }

    [Fact]
    public void A_block_with_no_explanation_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        Load("probation officer:\n  synonyms: [probation worker]\n", diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.GlossaryInvalid && d.Message.Contains("no explanation"));
    }

    public void Dispose() => File.Delete(file);
}
