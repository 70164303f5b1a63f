using RazorLight.Compilation;

namespace SiteGen.Templates;

/// <summary>
/// RazorLight's template compiler, built the first time a layout is not found compiled: building it
/// loads Roslyn and Razor's code generator, which a build whose layouts all come compiled never needs.
/// </summary>
internal sealed class DeferredTemplateCompiler(Func<IRazorTemplateCompiler> create) : IRazorTemplateCompiler
{
    private readonly Lazy<IRazorTemplateCompiler> compiler = new(create);

    public ICompilationService CompilationService => compiler.Value.CompilationService;

    public Task<CompiledTemplateDescriptor> CompileAsync(string templateKey) => compiler.Value.CompileAsync(templateKey);
}
