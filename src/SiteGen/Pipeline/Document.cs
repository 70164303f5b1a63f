using System.Collections.Immutable;
using System.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// An immutable unit of work flowing through the pipelines: a markdown page, a generated listing,
/// or a file to copy. Modules never change a document; they return a new one.
/// </summary>
public sealed record Document
{
    /// <summary>Path of the source file relative to the site root, with forward slashes; generated documents use a descriptive name.</summary>
    public required string Source { get; init; }

    /// <summary>Path of the output file relative to the output folder; null while not yet known, or for documents that are never written.</summary>
    public string? Destination { get; init; }

    // What the build holds for every page at once until it is checked and written (each laid-out page's HTML, the
    // search index) is kept as the UTF-8 it is written as: half the size of a string for mostly ASCII markup.
    // Other text is kept as it was made.
    private readonly object text = "";

    /// <summary>Text content at this stage (markdown, then HTML).</summary>
    public string Content
    {
        get => text as string ?? Encoding.UTF8.GetString((byte[])text);
        init => text = value;
    }

    /// <summary>The same content as UTF-8 bytes, which a document made with them holds without a copy; never to be changed.</summary>
    public byte[] Utf8Content
    {
        get => text as byte[] ?? Encoding.UTF8.GetBytes((string)text);
        init => text = value;
    }

    /// <summary>Whether the two documents' content is the same text, compared in the form they hold it.</summary>
    public bool HasSameContentAs(Document other) =>
        ReferenceEquals(text, other.text)
        || (text is string a && other.text is string b ? string.Equals(a, b, StringComparison.Ordinal) : Utf8Content.AsSpan().SequenceEqual(other.Utf8Content));

    /// <summary>Absolute path of a file copied to the output unchanged, instead of <see cref="Content"/>.</summary>
    public string? CopyFrom { get; init; }

    public ImmutableDictionary<string, object> Metadata { get; init; } = ImmutableDictionary<string, object>.Empty;

    public T Get<T>(MetadataKey<T> key) where T : notnull =>
        Metadata.TryGetValue(key.Name, out var value) ? (T)value
        : throw new KeyNotFoundException($"Document {Source} has no {key.Name}.");

    public T? Find<T>(MetadataKey<T> key) where T : class =>
        Metadata.TryGetValue(key.Name, out var value) ? (T)value : null;

    public bool Has<T>(MetadataKey<T> key) where T : notnull => Metadata.ContainsKey(key.Name);

    public Document With<T>(MetadataKey<T> key, T value) where T : notnull =>
        this with { Metadata = Metadata.SetItem(key.Name, value) };
}
