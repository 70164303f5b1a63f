namespace SiteGen.Accessibility;

/// <summary>Acronyms common enough in UK charity writing to need no expansion (contract: PDF, UK, NHS, BBC, COVID ...).</summary>
public static class Abbreviations
{
    /// <summary>The built-in list; site.yml abbreviations extend it through CheckOptions.KnownAbbreviations.</summary>
    public static IReadOnlySet<string> Common { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "PDF", "UK", "NHS", "BBC", "COVID", "COVID-19", "EU", "VAT", "MP", "MPs", "CEO", "FAQ", "FAQs", "OK", "TV", "URL",
        "HTML", "USA", "US", "UN", "GP", "GPs", "BSL", "LGBT", "LGBTQ", "LGBTQ+", "BAME", "DBS", "CIC", "CIO", "AGM", "Q&A",
        "ID", "IT", "PA", "PM", "AM", "BST", "GMT", "ITV", "WHO", "DWP", "HMRC", "SEND", "ADHD", "NGO", "Ltd", "PLC", "I",
        // File types and sizes, which link-file-type asks authors to name.
        "CSV", "DOC", "DOCX", "XLS", "XLSX", "ODT", "ODS", "RTF", "PPT", "PPTX", "ICS", "MP3", "MP4", "ZIP", "KB", "MB", "GB", "RSVP", "TBC", "TBA",
    };
}
