namespace SiteGen.Diagnostics;

/// <summary>The diagnostic codes the generator itself reports; accessibility rules bring their own (A11Y...).</summary>
public static class Codes
{
    // Site configuration and command line (exit code 2)
    public const string SiteConfigMissing = "SG001";
    public const string SiteConfigInvalid = "SG002";
    public const string OutputFolderUnsafe = "SG003";
    public const string ThemeMissing = "SG004";
    public const string PortInUse = "SG005";
    public const string HostNotLoopback = "SG006";
    public const string ServeOptionInvalid = "SG007";

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
    public const string PageFailed = "SG111";

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
    public const string LayoutDoesNotFit = "SG212";
    public const string HugoKeyIgnored = "SG260";

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

    // Content moved from other generators
    public const string ShortcodeLeftInText = "SG410";

    // Site search
    public const string SearchLayoutMissing = "SG430";

    // Preview server
    public const string PreviewBuildCrashed = "SG440";

    // Baseline of known findings (sitegen-baseline.json)
    public const string BaselineUnreadable = "SG450";

    // Languages and translations
    public const string TranslationOutOfDate = "SG601";
    public const string MissingUiStrings = "SG602";
    public const string HreflangMismatch = "SG603";
    // The ml-* rules; src/SiteGen/Multilingual/README.md maps each rule id to its code.
    public const string FallbackTextNotMarked = "SG604";
    public const string BidiNotIsolated = "SG605";
    public const string UrlPrefix = "SG606";
    public const string TranslationOrphan = "SG607";
    public const string HreflangToFallback = "SG608";
    public const string EasyReadInHreflang = "SG609";
    public const string CanonicalNotSelf = "SG610";
    public const string SwitcherNames = "SG611";
    public const string SwitcherTarget = "SG612";
    public const string SwitcherMissing = "SG613";
    public const string FallbackNotMarked = "SG614";
    public const string PluralCategories = "SG615";
    public const string DateFormat = "SG616";
    public const string CultureDataMissing = "SG617";
    public const string FontCoverage = "SG618";
    public const string PhysicalCss = "SG619";
    public const string WelshCoverage = "SG620";
    public const string WelshLinkOnEnglish = "SG621";
    public const string WelshParity = "SG622";
    public const string WelshFirst = "SG623";
    public const string DirMismatch = "SG624";
    public const string ScriptFontNotScoped = "SG625";

    // Easy Read and readability (the Easy Read rules bring their own ids, ER001 ...)
    public const string ReadabilityFigures = "SG700";
    public const string ReadingLevelHigh = "SG701";
    public const string GlossaryInvalid = "SG702";
    public const string GlossaryWordUnused = "SG703";

    // Templates
    public const string TemplateError = "SG501";
}
