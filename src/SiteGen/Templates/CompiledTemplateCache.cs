using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace SiteGen.Templates;

/// <summary>
/// Keeps compiled layouts in memory and on disk, so a new sitegen process loads the theme's assemblies
/// instead of starting Roslyn (seconds of work on every build). A file's name is a hash of the whole
/// layouts folder, the SiteGen build and the RazorLight version: changing any layout, or upgrading
/// SiteGen, gives new names, so a stale assembly is never loaded. The same names are looked up first
/// among the layouts compiled when SiteGen itself was built (the default theme's), so a site whose
/// layouts are byte for byte the shipped ones never compiles at all. A cache made to watch (sitegen serve's)
/// forgets every compiled layout when a file of the layouts folder changes.
/// </summary>
public sealed class CompiledTemplateCache : ICachingProvider, IPrecompileCallback
{
    private readonly ConcurrentDictionary<string, Func<ITemplatePage>> inMemory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Func<ITemplatePage>?>> fromDisk = new(StringComparer.Ordinal);
    private readonly string? folder;
    private readonly string? precompiledFolder;
    private readonly string layoutsPath;
    private readonly PhysicalFileProvider? files;
    private readonly Lock gate = new();
    private string themeHash = "";
    private IChangeToken? themeChanged;
    private int compiled;
    private int loadedPrecompiled;

    /// <param name="layoutsPath">The theme's layouts folder.</param>
    /// <param name="folder">Where assemblies are kept; null keeps them in memory only.</param>
    /// <param name="precompiledFolder">Layouts compiled with SiteGen itself, read and never written; null for none.</param>
    /// <param name="watch">
    /// Whether to watch the layouts folder, for a process that lives on while they are edited. A build's process
    /// does not: starting the watcher costs tens of milliseconds of every build.
    /// </param>
    public CompiledTemplateCache(string layoutsPath, string? folder, string? precompiledFolder = null, bool watch = false)
    {
        this.folder = folder;
        this.precompiledFolder = precompiledFolder;
        this.layoutsPath = layoutsPath;
        files = watch && Directory.Exists(layoutsPath) ? new PhysicalFileProvider(Path.GetFullPath(layoutsPath)) : null;
        Watch();
    }

    /// <summary>How many layouts were loaded from disk (the cache folder or the precompiled ones) rather than compiled, in this process.</summary>
    public int LoadedFromDisk => fromDisk.Values.Count(l => l.IsValueCreated && l.Value is not null);

    /// <summary>How many layouts were loaded from those compiled with SiteGen, in this process.</summary>
    public int LoadedPrecompiled => Volatile.Read(ref loadedPrecompiled);

    /// <summary>How many layouts Roslyn compiled in this process.</summary>
    public int Compiled => Volatile.Read(ref compiled);

    /// <summary>The layouts compiled when SiteGen was built, beside the program (see SiteGen.Cli.csproj).</summary>
    public static string PrecompiledFolder() => Path.Combine(AppContext.BaseDirectory, "precompiled-layouts");

    /// <summary>
    /// The folder for compiled layouts: $SITEGEN_CACHE_DIR if set, else the user's cache folder
    /// (~/.cache/sitegen on Linux and macOS, %LOCALAPPDATA%\sitegen\cache on Windows).
    /// </summary>
    public static string DefaultFolder()
    {
        var configured = Environment.GetEnvironmentVariable("SITEGEN_CACHE_DIR");
        if (!string.IsNullOrWhiteSpace(configured)) return Path.Combine(configured, "templates");
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "sitegen", "cache", "templates");
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrWhiteSpace(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
        return Path.Combine(root, "sitegen", "templates");
    }

    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        ForgetIfThemeChanged();
        key = Normalise(key);
        if (inMemory.TryGetValue(key, out var factory)) return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
        if (folder is null && precompiledFolder is null) return new TemplateCacheLookupResult();
        // Lazy: pages rendered in parallel ask for the same layout at once, and each assembly is loaded once.
        var loaded = fromDisk.GetOrAdd(key, k => new Lazy<Func<ITemplatePage>?>(() => Load(k))).Value;
        if (loaded is null) return new TemplateCacheLookupResult();
        inMemory.TryAdd(key, loaded);
        return new TemplateCacheLookupResult(new TemplateCacheItem(key, loaded));
    }

    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken) =>
        inMemory[Normalise(key)] = pageFactory;

    public bool Contains(string key) => inMemory.ContainsKey(Normalise(key)) || StoredAssembly(Normalise(key)) is not null;

    public void Remove(string key) => inMemory.TryRemove(Normalise(key), out _);

    /// <summary>Called by RazorLight with each newly compiled layout's assembly: stored for the next process.</summary>
    void IPrecompileCallback.Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        Interlocked.Increment(ref compiled);
        if (folder is null) return;
        try
        {
            Directory.CreateDirectory(folder);
            var target = AssemblyPath(folder, Normalise(generatedRazorTemplate.TemplateKey));
            // Written aside and moved into place, so another build starting now never reads half a file.
            var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, rawAssembly);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next build slower.
        }
    }

    private void Watch()
    {
        themeChanged = files?.Watch("**/*");
        themeHash = HashOfTheme(layoutsPath);
    }

    private void ForgetIfThemeChanged()
    {
        if (themeChanged?.HasChanged != true) return;
        lock (gate)
        {
            if (themeChanged?.HasChanged != true) return;
            inMemory.Clear();
            fromDisk.Clear();
            Watch();
        }
    }

    private Func<ITemplatePage>? Load(string key)
    {
        var path = StoredAssembly(key);
        if (path is null) return null;
        try
        {
            var shipped = precompiledFolder is not null && path.StartsWith(precompiledFolder, StringComparison.Ordinal);
            // The shipped layouts are loaded from their files: a ReadyToRun publish compiled them to native code,
            // which the runtime uses only for an assembly it maps from a file. A cached layout is read as bytes, so
            // the file stays free to be replaced while a process runs it.
            var assembly = shipped ? Assembly.LoadFrom(path) : Assembly.Load(File.ReadAllBytes(path));
            var type = assembly.GetCustomAttribute<RazorLightTemplateAttribute>()?.TemplateType;
            if (type is null) return null;
            if (shipped) Interlocked.Increment(ref loadedPrecompiled);
            var pageKey = "/" + key;
            return () =>
            {
                var page = (ITemplatePage)Activator.CreateInstance(type)!;
                page.Key = pageKey;
                return page;
            };
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return null; // compiled again, and the file replaced
        }
    }

    /// <summary>The precompiled assembly of a layout if SiteGen shipped one for these exact layouts, else the cached one, else null.</summary>
    private string? StoredAssembly(string key) =>
        new[] { precompiledFolder, folder }.OfType<string>().Select(f => AssemblyPath(f, key)).FirstOrDefault(File.Exists);

    private string AssemblyPath(string inFolder, string key) =>
        Path.Combine(inFolder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(themeHash + "\n" + key)))[..32] + ".dll");

    private static string Normalise(string key) => key.Replace('\\', '/').TrimStart('/');

    /// <summary>Every layout's path and bytes, with the builds of SiteGen and RazorLight that compile them.</summary>
    private static string HashOfTheme(string layoutsPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        // The model types live in SiteGen.dll: any rebuild of it may change them.
        Add(typeof(CompiledTemplateCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(typeof(RazorLightEngine).Assembly.GetName().Version?.ToString() ?? "");
        // Not the runtime's version: layouts compile against reference assemblies, whose versions stay the
        // same across the runtime's patch releases, and the shipped layouts are compiled on the SDK's
        // runtime but run on the one a self-contained sitegen carries.
        if (Directory.Exists(layoutsPath))
            foreach (var file in Directory.EnumerateFiles(layoutsPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(Path.GetRelativePath(layoutsPath, file).Replace('\\', '/'));
                hash.AppendData(File.ReadAllBytes(file));
            }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
