using System.Reflection;

namespace SiteGen.Server.LiveReload;

/// <summary>
/// The live reload script and the error overlay's stylesheet, served by the preview only. The script
/// is an external file, never inline, so pages keep passing a strict Content-Security-Policy.
/// </summary>
public static class LiveScript
{
    public const string ScriptPath = "/__sitegen/live.js";
    public const string OverlayStylesheetPath = "/__sitegen/overlay.css";

    public static string Script { get; } = Read("live.js");
    public static string OverlayStylesheet { get; } = Read("overlay.css");

    /// <summary>
    /// The page with the script tag added at the end of its head. <paramref name="generation"/> tells the
    /// script which build the page came from, so a page loaded from an older build reloads on connecting.
    /// </summary>
    public static string InjectInto(string html, int generation)
    {
        var tag = $"<script src=\"{ScriptPath}\" data-generation=\"{generation}\" defer></script>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head >= 0) return html.Insert(head, tag + "\n");
        var body = html.IndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body >= 0 ? html.Insert(body, tag + "\n") : html + tag;
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The preview's {name} is missing from the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
