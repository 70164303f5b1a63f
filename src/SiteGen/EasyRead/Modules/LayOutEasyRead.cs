using SiteGen.Content;
using SiteGen.EasyRead.Layout;
using SiteGen.Pipeline;

namespace SiteGen.EasyRead.Modules;

/// <summary>Gives Easy Read pages their layout of points and explained hard words (see <see cref="EasyReadLayout"/>).</summary>
public sealed class LayOutEasyRead : SyncPerDocumentModule
{
    protected override Document? Process(Document document, BuildContext context) =>
        document.Find(ContentKeys.Page) is { IsEasyRead: true }
            ? document with { Content = EasyReadLayout.Apply(document.Content, document.Find(EasyReadKeys.Glossary) ?? Glossary.Glossary.Empty) }
            : document;
}
