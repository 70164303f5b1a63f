namespace SiteGen.Accessibility;

/// <summary>How serious a finding is: errors fail the build, warnings fail only in strict mode.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
