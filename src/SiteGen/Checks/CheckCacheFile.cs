using System.Security.Cryptography;
using System.Text;
using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Checks;

/// <summary>
/// The on-disk form of a <see cref="PageCheckCache"/>: every page's <see cref="CheckedPage"/> under its key, in
/// one binary file that ends with a SHA-256 of the rest. A file written by another build of SiteGen, in another
/// format, cut short or damaged reads as nothing, so the pages are checked again and the file replaced.
/// </summary>
internal static class CheckCacheFile
{
    // Raised whenever what is written changes shape, so an older file is never read as a newer one.
    private const int FormatVersion = 2;
    private static readonly byte[] Magic = "SGCHECKS"u8.ToArray();

    /// <summary>The SiteGen build that wrote a file: a rebuilt rule set may find other things in the same HTML.</summary>
    internal static readonly Guid SiteGenBuild = typeof(CheckCacheFile).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>What a file held: the build key its pages were checked under, and the pages.</summary>
    internal sealed record Contents(string BuildKey, IReadOnlyDictionary<string, CheckedPage> Pages);

    /// <summary>The file's contents, or null when it is missing, unreadable, damaged or not this build's.</summary>
    public static Contents? Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var payload = bytes.Length - SHA256.HashSizeInBytes;
        if (payload < Magic.Length || !SHA256.HashData(bytes.AsSpan(0, payload)).AsSpan().SequenceEqual(bytes.AsSpan(payload))) return null;
        try
        {
            using var reader = new Reader(new MemoryStream(bytes, 0, payload, writable: false));
            return reader.ReadContents();
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the pages beside the file and moves them into its place, so a build reading it never sees half a file.</summary>
    /// <returns>False when the folder cannot be written; the next build then checks every page again.</returns>
    public static bool Write(string path, string buildKey, IEnumerable<KeyValuePair<string, CheckedPage>> pages)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hashing = new CryptoStream(stream, IncrementalHashTransform.Sha256(out var finish), CryptoStreamMode.Write, leaveOpen: true))
            {
                using (var writer = new Writer(hashing))
                    writer.WriteContents(buildKey, pages.ToList());
                hashing.FlushFinalBlock();
                stream.Write(finish());
            }
            File.Move(temporary, path, overwrite: true);
            ForgetStaleFiles(Path.GetDirectoryName(path)!);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
            return false;
        }
    }

    /// <summary>How long the results of a site that is no longer built are kept (a deleted or moved site folder).</summary>
    internal static readonly TimeSpan KeptUnused = TimeSpan.FromDays(60);

    // Each site folder ever built leaves a file, and a killed build may leave a temporary one; without this the
    // folder would only grow. A day is far longer than any build takes to write its file.
    private static void ForgetStaleFiles(string folder)
    {
        var now = DateTime.UtcNow;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
        {
            var age = now - file.LastWriteTimeUtc;
            if ((file.Extension == ".bin" && age > KeptUnused) || (file.Extension == ".tmp" && age > TimeSpan.FromDays(1)))
                try { file.Delete(); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>Passes bytes through unchanged while hashing them, so the file is written and hashed in one pass.</summary>
    private sealed class IncrementalHashTransform(IncrementalHash hash) : ICryptoTransform
    {
        public static IncrementalHashTransform Sha256(out Func<byte[]> finish)
        {
            var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            finish = () => { var result = hash.GetHashAndReset(); hash.Dispose(); return result; };
            return new IncrementalHashTransform(hash);
        }

        public int InputBlockSize => 1;
        public int OutputBlockSize => 1;
        public bool CanTransformMultipleBlocks => true;
        public bool CanReuseTransform => false;

        public int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset)
        {
            hash.AppendData(inputBuffer, inputOffset, inputCount);
            Buffer.BlockCopy(inputBuffer, inputOffset, outputBuffer, outputOffset, inputCount);
            return inputCount;
        }

        public byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount)
        {
            hash.AppendData(inputBuffer, inputOffset, inputCount);
            return inputBuffer.AsSpan(inputOffset, inputCount).ToArray();
        }

        public void Dispose() { }
    }

    /// <summary>
    /// Writes values in a fixed order. Each distinct string is written once and then named by its number: file
    /// names, rule messages and theme spots repeat on every page.
    /// </summary>
    private sealed class Writer(Stream stream) : IDisposable
    {
        private readonly BinaryWriter writer = new(stream, Encoding.UTF8, leaveOpen: true);
        private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

        public void WriteContents(string buildKey, IReadOnlyList<KeyValuePair<string, CheckedPage>> pages)
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(SiteGenBuild.ToByteArray());
            String(buildKey);
            // Every page's summary carries the build's check options; they are part of the build key, so written once.
            Options(pages.Count > 0 ? pages[0].Value.Summary.Options : CheckOptions.Default);
            writer.Write7BitEncodedInt(pages.Count);
            foreach (var (key, page) in pages)
            {
                String(key);
                Page(page);
            }
        }

        private void Page(CheckedPage page)
        {
            List(page.Accessibility, Diagnostic);
            List(page.Problems, Diagnostic);
            String(page.Summary.Url);
            List(page.Summary.Facts, f => Optional(f, fact => { String(fact.Key); String(fact.Text); }));
            List(page.SummaryAt, Location);
            List(page.Ids.Order(StringComparer.Ordinal).ToList(), String);
            List(page.Fragments, f => { String(f.Url); writer.Write(f.IsAsset); String(f.File); String(f.Fragment); Location(f.At); });
            Facts(page.Language);
            List(page.ThemeSpots.ToList(), s => { Spot(s.Key); Location(s.Value); });
        }

        private void Facts(PageFacts facts)
        {
            String(facts.HtmlLang);
            Location(facts.HtmlAt);
            Optional(facts.BodyAt, Location);
            writer.Write(facts.IsNoIndex);
            List(facts.Alternates, Link);
            Optional(facts.Canonical, Link);
            List(facts.Switcher, Link);
            List(facts.WelshLinks, String);
            List(facts.Scripts, s => { String(s.Language); String(s.Script); });
        }

        private void Options(CheckOptions options)
        {
            List(options.Languages.Order(StringComparer.Ordinal).ToList(), String);
            List(options.IgnoredRules.Order(StringComparer.Ordinal).ToList(), String);
            List(options.KnownAbbreviations.Order(StringComparer.Ordinal).ToList(), String);
            writer.Write((byte)options.Level);
        }

        private void Diagnostic(Diagnostic d)
        {
            writer.Write((byte)d.Severity);
            String(d.Code);
            String(d.Message);
            Optional(d.Location, Location);
            String(d.RuleName);
            String(d.Wcag);
        }

        private void Link(PageLink link)
        {
            String(link.Hreflang);
            String(link.Href);
            Location(link.At);
        }

        private void Spot(ThemeSpot spot)
        {
            String(spot.Layout);
            String(spot.Id);
            String(spot.Class);
            String(spot.Name);
        }

        private void Location(SourceLocation at)
        {
            String(at.File);
            writer.Write7BitEncodedInt(at.Line);
            writer.Write7BitEncodedInt(at.Column);
        }

        private void List<T>(IReadOnlyCollection<T> items, Action<T> write)
        {
            writer.Write7BitEncodedInt(items.Count);
            foreach (var item in items) write(item);
        }

        private void Optional<T>(T? value, Action<T> write) where T : class
        {
            writer.Write(value is not null);
            if (value is not null) write(value);
        }

        private void Optional<T>(T? value, Action<T> write) where T : struct
        {
            writer.Write(value.HasValue);
            if (value is { } v) write(v);
        }

        // 0: null; 1: a new string follows; n + 2: the n-th string written before.
        private void String(string? text)
        {
            if (text is null) writer.Write7BitEncodedInt(0);
            else if (strings.TryGetValue(text, out var index)) writer.Write7BitEncodedInt(index + 2);
            else
            {
                writer.Write7BitEncodedInt(1);
                writer.Write(text);
                strings.Add(text, strings.Count);
            }
        }

        public void Dispose() => writer.Dispose();
    }

    /// <summary>Reads what <see cref="Writer"/> wrote, in the same order; any mismatch throws, and the file is then not used.</summary>
    private sealed class Reader(Stream stream) : IDisposable
    {
        private readonly BinaryReader reader = new(stream, Encoding.UTF8, leaveOpen: false);
        private readonly List<string> strings = [];
        private CheckOptions options = CheckOptions.Default;

        public Contents? ReadContents()
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) return null;
            if (reader.ReadInt32() != FormatVersion) return null;
            if (new Guid(reader.ReadBytes(16)) != SiteGenBuild) return null;
            var buildKey = Required();
            options = Options();
            var count = reader.ReadInt32Checked();
            var pages = new Dictionary<string, CheckedPage>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) pages[Required()] = Page();
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new InvalidDataException("Bytes left after the last page.");
            return new Contents(buildKey, pages);
        }

        private CheckedPage Page()
        {
            var accessibility = List(Diagnostic);
            var problems = List(Diagnostic);
            var summary = new SitePage(Required(), options, List(() => Bool() ? new SiteFact(Required(), Required()) : null));
            var summaryAt = List(Location);
            var ids = List(Required).ToHashSet(StringComparer.Ordinal);
            var fragments = List(() => new FragmentLink(Required(), Bool(), Required(), Required(), Location()));
            var facts = Facts();
            var spots = new Dictionary<ThemeSpot, SourceLocation>();
            var spotCount = reader.ReadInt32Checked();
            for (var i = 0; i < spotCount; i++) spots[new ThemeSpot(Required(), String(), String(), String())] = Location();
            return new CheckedPage(accessibility, problems, summary, summaryAt, ids, fragments, facts, spots);
        }

        private PageFacts Facts() => new(
            String(),
            Location(),
            Bool() ? Location() : null,
            Bool(),
            List(Link),
            Bool() ? Link() : null,
            List(Link),
            List(Required),
            List(() => (Required(), Required())));

        private CheckOptions Options() => new()
        {
            Languages = List(Required).ToHashSet(StringComparer.OrdinalIgnoreCase),
            IgnoredRules = List(Required).ToHashSet(StringComparer.OrdinalIgnoreCase),
            KnownAbbreviations = List(Required).ToHashSet(StringComparer.Ordinal),
            Level = Level(),
        };

        private WcagLevel Level()
        {
            var level = reader.ReadByte();
            if (!Enum.IsDefined((WcagLevel)level)) throw new InvalidDataException($"Level {level}.");
            return (WcagLevel)level;
        }

        private Diagnostic Diagnostic()
        {
            var severity = reader.ReadByte();
            if (!Enum.IsDefined((Severity)severity)) throw new InvalidDataException($"Severity {severity}.");
            return new Diagnostic((Severity)severity, Required(), Required(), Bool() ? Location() : null) { RuleName = String(), Wcag = String() };
        }

        private PageLink Link() => new(String(), Required(), Location());

        private SourceLocation Location() => new(Required(), reader.ReadInt32Checked(), reader.ReadInt32Checked());

        private List<T> List<T>(Func<T> read)
        {
            var count = reader.ReadInt32Checked();
            var items = new List<T>(Math.Min(count, 1024));
            for (var i = 0; i < count; i++) items.Add(read());
            return items;
        }

        private bool Bool() => reader.ReadBoolean();

        private string Required() => String() ?? throw new InvalidDataException("A string is missing.");

        private string? String()
        {
            var tag = reader.ReadInt32Checked();
            if (tag == 0) return null;
            if (tag == 1)
            {
                var text = reader.ReadString();
                strings.Add(text);
                return text;
            }
            return tag - 2 < strings.Count ? strings[tag - 2] : throw new InvalidDataException($"String {tag - 2} was not written before.");
        }

        public void Dispose() => reader.Dispose();
    }

    // A count or number read from the file: never negative, so a damaged byte cannot ask for a huge list.
    private static int ReadInt32Checked(this BinaryReader reader)
    {
        var value = reader.Read7BitEncodedInt();
        return value >= 0 ? value : throw new InvalidDataException($"Negative number {value}.");
    }
}
