using Spectre.Console;
using Spectre.Console.Rendering;

namespace SiteGen.Cli.Output;

/// <summary>A progress column showing "523/1046": pages are what an author counts, not bytes.</summary>
public sealed class DoneOfTotalColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text($"{task.Value:0}/{task.MaxValue:0}", new Style(Color.Grey));
}
