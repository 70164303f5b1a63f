namespace SiteGen.Diagnostics;

/// <summary>How serious a diagnostic is: errors fail the build, warnings and information do not.</summary>
public enum Severity { Info, Warning, Error }

/// <summary>A position in a source file (1-based line and column).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);
}

/// <summary>One problem found while building, in the form compilers use.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location = null)
{
    /// <summary>Rule name for findings that come from a named rule (e.g. "link-text-vague").</summary>
    public string? RuleName { get; init; }

    /// <summary>Help link or WCAG criterion, used by the SARIF and JSON writers.</summary>
    public string? Wcag { get; init; }

    public bool IsError => Severity == Severity.Error;

    /// <summary><c>content/en/x.md(12,5): error A11Y012: ...</c>, or <c>sitegen: error SG001: ...</c> without a file.</summary>
    public override string ToString()
    {
        var severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        return Location is { } at
            ? $"{at.File}({at.Line},{at.Column}): {severity} {Code}: {Message}"
            : $"sitegen: {severity} {Code}: {Message}";
    }
}
