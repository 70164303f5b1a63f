/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS) that tests put into a sitegen process: when the process
/// ends, it writes the name of every assembly it loaded to the file $SITEGEN_TEST_LOADED_ASSEMBLIES.
/// The runtime looks for this exact type name, outside any namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var file = Environment.GetEnvironmentVariable("SITEGEN_TEST_LOADED_ASSEMBLIES");
        if (string.IsNullOrEmpty(file)) return;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllLines(file, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? ""));
    }
}
