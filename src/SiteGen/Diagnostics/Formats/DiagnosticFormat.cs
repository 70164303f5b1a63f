namespace SiteGen.Diagnostics.Formats;

/// <summary>The ways diagnostics can be printed: <c>--format text|json|sarif</c>.</summary>
public enum DiagnosticFormat { Text, Json, Sarif }

/// <summary>Writes a run's diagnostics in one of the formats.</summary>
public static class DiagnosticWriter
{
    public static void Write(DiagnosticFormat format, IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        switch (format)
        {
            case DiagnosticFormat.Json: JsonFormat.Write(diagnostics, writer); break;
            case DiagnosticFormat.Sarif: SarifFormat.Write(diagnostics, writer); break;
            default:
                foreach (var d in diagnostics) writer.WriteLine(d.ToString());
                break;
        }
    }
}
