using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-script-font-scoped: a web font the theme downloads (an @font-face with a url) names the characters it is
/// for with unicode-range, so an English page never downloads an Urdu or Bengali font it does not use.
/// </summary>
public sealed class ScriptFontScoped : LanguageRule
{
    public override string Code => Codes.ScriptFontNotScoped;
    public override string Name => "ml-script-font-scoped";
    public override Severity Severity => Severity.Info;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var sheet in site.Stylesheets)
            foreach (var face in CssDeclarations.Read(sheet.Text).Where(d => d.Selector.StartsWith("@font-face", StringComparison.Ordinal)).GroupBy(d => d.Block))
            {
                var src = face.FirstOrDefault(d => d.Property == "src");
                if (src is null || !src.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) || face.Any(d => d.Property == "unicode-range")) continue;
                var family = face.FirstOrDefault(d => d.Property == "font-family")?.Value ?? "a font";
                yield return new LanguageFinding(
                    $"@font-face for {family} has no unicode-range, so every page that names it downloads it. Add the ranges of its script (Arabic: unicode-range: U+0600-06FF, U+0750-077F, U+FB50-FDFF, U+FE70-FEFF).",
                    At: new SourceLocation(sheet.Source, src.Line, 1));
            }
    }
}
