using System.CommandLine;
using SiteGen.Templates;

namespace SiteGen.Cli;

/// <summary>
/// The hidden precompile-layouts command, which SiteGen's own build runs (SiteGen.Cli.csproj) so the
/// default theme's layouts ship compiled by the very SiteGen build that will load them.
/// </summary>
public static class PrecompileLayouts
{
    public static Command Create()
    {
        var layouts = new Argument<string>("layouts") { Description = "The layouts folder to compile." };
        var output = new Argument<string>("output") { Description = "The folder to write the compiled layouts to; emptied first." };
        var command = new Command("precompile-layouts", "Compile a theme's layouts to ship with SiteGen.") { Hidden = true };
        command.Arguments.Add(layouts);
        command.Arguments.Add(output);
        command.SetAction(async (parse, _) =>
        {
            try
            {
                await ThemeRenderer.PrecompileAsync(Path.GetFullPath(parse.GetValue(layouts)!), Path.GetFullPath(parse.GetValue(output)!));
                return 0;
            }
            catch (Exception e) when (e is RazorLight.Compilation.TemplateCompilationException or IOException)
            {
                Console.Error.WriteLine($"sitegen: the layouts could not be precompiled: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
