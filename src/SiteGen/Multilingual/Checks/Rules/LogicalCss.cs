using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-logical-css: the theme's stylesheets use logical properties (margin-inline-start, text-align: start ...),
/// so right-to-left pages mirror without a second stylesheet. Physical left/right is allowed only in rules for
/// one direction ([dir="rtl"], :dir(ltr)), which mirror on purpose.
/// </summary>
public sealed partial class LogicalCss : LanguageRule
{
    public override string Code => Codes.PhysicalCss;
    public override string Name => "ml-logical-css";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var sheet in site.Stylesheets)
            foreach (var d in CssDeclarations.Read(sheet.Text))
            {
                if (d.Selector.Contains("[dir", StringComparison.Ordinal) || d.Selector.Contains(":dir(", StringComparison.Ordinal)) continue;
                var physicalProperty = PhysicalProperty().IsMatch(d.Property);
                var physicalValue = d.Property is "float" or "clear" or "text-align" && PhysicalValue().IsMatch(d.Value);
                if (!physicalProperty && !physicalValue) continue;
                yield return new LanguageFinding(
                    $"\"{d.Property}: {d.Value}\" in {d.Selector} is fixed to the {(physicalProperty ? PhysicalSide().Match(d.Property).Value : d.Value)}, so it does not mirror on right-to-left pages. Use the logical form ({Logical(d.Property, d.Value)}).",
                    At: new SourceLocation(sheet.Source, d.Line, 1));
            }
    }

    private static string Logical(string property, string value) => property switch
    {
        "left" => "inset-inline-start",
        "right" => "inset-inline-end",
        "float" or "clear" or "text-align" => $"{property}: {(value.Contains("left") ? (property == "text-align" ? "start" : "inline-start") : (property == "text-align" ? "end" : "inline-end"))}",
        _ when property.Contains("radius") => property.Replace("top-left", "start-start").Replace("top-right", "start-end").Replace("bottom-left", "end-start").Replace("bottom-right", "end-end"),
        _ => property.Replace("-left", "-inline-start").Replace("-right", "-inline-end"),
    };

    [GeneratedRegex(@"^(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)$")]
    private static partial Regex PhysicalProperty();

    [GeneratedRegex(@"\b(?:left|right)\b")]
    private static partial Regex PhysicalSide();

    [GeneratedRegex(@"^(?:left|right)\b")]
    private static partial Regex PhysicalValue();
}
