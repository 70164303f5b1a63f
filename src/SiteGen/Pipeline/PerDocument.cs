using System.Runtime.CompilerServices;

namespace SiteGen.Pipeline;

/// <summary>
/// A value worked out from one document alone, kept as long as that document lives. Documents never
/// change, and a preview rebuild passes on the previous build's document for every page an edit did
/// not touch, so the value is worked out again only for pages that changed.
/// </summary>
public sealed class PerDocument<T>(Func<Document, T> compute) where T : class
{
    // Keyed by the document object itself, not its value: the table lets go of an entry with its document.
    private readonly ConditionalWeakTable<Document, T> values = new();

    public T Of(Document document) => values.GetValue(document, d => compute(d));
}
