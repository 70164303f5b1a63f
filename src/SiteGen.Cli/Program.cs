namespace SiteGen.Cli;

/// <summary>Entry point of the sitegen command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("sitegen: commands are being built.");
        return 2;
    }
}
