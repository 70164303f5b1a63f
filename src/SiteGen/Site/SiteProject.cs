namespace SiteGen.Site;

/// <summary>A site on disk: its root folder, its settings and the theme it uses.</summary>
public sealed record SiteProject
{
    /// <summary>Absolute path of the site root (the folder that holds content/).</summary>
    public required string Root { get; init; }
    public required SiteConfig Config { get; init; }
    /// <summary>Absolute path of the theme folder in use.</summary>
    public required string ThemePath { get; init; }

    public string ContentPath => Path.Combine(Root, "content");

    /// <summary>Path relative to the site root with forward slashes, as diagnostics show it.</summary>
    public string Relative(string absolutePath) =>
        Path.GetRelativePath(Root, absolutePath).Replace('\\', '/');
}
