namespace SiteGen.Pipeline;

/// <summary>A typed key into a document's metadata, so modules share values without string lookups and casts.</summary>
public sealed class MetadataKey<T>(string name) where T : notnull
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
