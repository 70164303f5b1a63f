namespace SiteGen.Diagnostics;

/// <summary>The diagnostic codes the generator itself reports; accessibility rules bring their own (A11Y...).</summary>
public static class Codes
{
    // Site configuration and command line (exit code 2)
    public const string SiteConfigMissing = "SG001";
    public const string SiteConfigInvalid = "SG002";
    public const string OutputFolderUnsafe = "SG003";
    public const string ThemeMissing = "SG004";

    // Reading files
    public const string NotUtf8 = "SG101";
    public const string UnknownLanguageFolder = "SG102";
    public const string FileUnreadable = "SG103";
    public const string FileExists = "SG104";
    public const string BinaryFile = "SG105";
    public const string FileTooLarge = "SG106";
    public const string FileNameNotPortable = "SG107";
    public const string OutputNotOurs = "SG108";
    public const string BuildRunning = "SG109";
    public const string BuildInterrupted = "SG110";

    // Front matter
    public const string FrontMatterSyntax = "SG201";
    public const string FrontMatterNotClosed = "SG202";
    public const string TitleMissing = "SG203";
    public const string UnknownKey = "SG204";
    public const string InvalidDate = "SG205";
    public const string DateMissing = "SG206";
    public const string InvalidValue = "SG207";
    public const string UnknownLayout = "SG208";
    public const string ImageAltMissing = "SG209";
    public const string YamlTooComplex = "SG210";
    public const string PathOutsideSite = "SG211";

    // Markdown body
    public const string EmptyAltText = "SG301";
    public const string UnbalancedHtml = "SG302";
    public const string UnsafeHtmlRemoved = "SG303";
    public const string RawHtmlAllowed = "SG304";

    // Whole site
    public const string DuplicateUrl = "SG401";
    public const string BrokenLink = "SG402";
    public const string MissingAsset = "SG403";
    public const string BrokenFragment = "SG404";
    public const string UnusedIgnore = "SG405";
    public const string DuplicateTranslationKey = "SG407";
    public const string BadAlias = "SG408";
    public const string UnknownRule = "SG406";

    // Languages and translations
    public const string TranslationOutOfDate = "SG601";
    public const string MissingUiStrings = "SG602";
    public const string HreflangMismatch = "SG603";

    // Templates
    public const string TemplateError = "SG501";
}
