using SiteGen.Diagnostics;
using SiteGen.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>A regional language (en-US) reads its parent's strings (en) under its own.</summary>
public sealed class RegionalStringsTests : IDisposable
{
    private readonly string theme = Path.Combine(Path.GetTempPath(), "sitegen-strings-" + Guid.NewGuid().ToString("N"));

    public RegionalStringsTests()
    {
        Directory.CreateDirectory(Path.Combine(theme, "i18n"));
        File.WriteAllText(Path.Combine(theme, "i18n", "en.yml"), "tagTitle: Posts tagged\ncolour: colour\n");
    }

    public void Dispose() => Directory.Delete(theme, recursive: true);

    private UiStrings StringsOf(string language, string defaultLanguage) =>
        new Theme(theme).Strings(new TextLanguage(language, "ltr"), new TextLanguage(defaultLanguage, "ltr"),
            "themes/test", new DiagnosticBag());

    [Fact]
    public void A_regional_language_without_a_file_shows_its_parent_s_text()
    {
        var strings = StringsOf("en-US", "en-US");
        Assert.Equal("Posts tagged", strings["tagTitle"]);
        Assert.False(strings.IsFallback("tagTitle"));
    }

    [Fact]
    public void A_regional_file_overrides_its_parent_key_by_key()
    {
        File.WriteAllText(Path.Combine(theme, "i18n", "en-US.yml"), "colour: color\n");
        var strings = StringsOf("en-US", "en-US");
        Assert.Equal(("color", "Posts tagged"), (strings["colour"], strings["tagTitle"]));
    }

    [Fact]
    public void Another_language_falls_back_to_the_regional_default_s_parent()
    {
        var strings = StringsOf("cy", "en-US");
        Assert.Equal("Posts tagged", strings["tagTitle"]);
        Assert.True(strings.IsFallback("tagTitle"));
    }
}
