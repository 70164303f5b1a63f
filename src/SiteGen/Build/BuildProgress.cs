namespace SiteGen.Build;

/// <summary>The stages of a build whose progress is counted, in the order they run.</summary>
public enum BuildStage
{
    /// <summary>Pages laid out through the theme (content pages, listings, forwarding and search pages).</summary>
    Rendering,
    /// <summary>Built pages checked for accessibility problems.</summary>
    Checking,
    /// <summary>Files written into the staging folder.</summary>
    Writing,
}

/// <summary>How far one stage of a build has got: <see cref="Done"/> of <see cref="Total"/> pages or files.</summary>
public readonly record struct BuildProgress(BuildStage Stage, int Done, int Total);
