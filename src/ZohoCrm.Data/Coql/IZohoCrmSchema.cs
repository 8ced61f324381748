using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql;

/// <summary>
/// The module and field metadata the query planner resolves names against, types literals with, and routes
/// multi-line text fields by. Implementations serve already-loaded metadata; the planner calls them synchronously.
/// </summary>
internal interface IZohoCrmSchema
{
    /// <summary>Finds a module by API name, case-insensitively, with its fields; null when the org has no such module.</summary>
    ZohoCrmModuleMetadata? FindModule(string apiName);

    /// <summary>The API names of every module, used to suggest the closest match for a misspelt name.</summary>
    IEnumerable<string> ModuleNames { get; }
}

/// <summary>An <see cref="IZohoCrmSchema"/> over a fixed set of modules, e.g. a snapshot of the metadata cache.</summary>
internal sealed class ZohoCrmSchemaSnapshot : IZohoCrmSchema
{
    private readonly Dictionary<string, ZohoCrmModuleMetadata> _modules;

    /// <summary>Creates a snapshot of the given modules.</summary>
    public ZohoCrmSchemaSnapshot(IEnumerable<ZohoCrmModuleMetadata> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        _modules = modules.ToDictionary(m => m.ApiName, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public ZohoCrmModuleMetadata? FindModule(string apiName) => _modules.GetValueOrDefault(apiName);

    /// <inheritdoc />
    public IEnumerable<string> ModuleNames => _modules.Keys;
}
