namespace SiteGen.Accessibility;

/// <summary>A WCAG conformance level; a site that meets one level meets every level below it.</summary>
public enum WcagLevel
{
    A = 1,
    AA = 2,
    AAA = 3,
}
