using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Schema;

/// <summary>
/// The metadata one statement needs, as the planner sees it: the org's module list and the fields of every module the
/// statement reaches, all loaded by the executor before binding, so binding never waits on a call.
/// </summary>
internal sealed class ZohoCrmLoadedSchema(IReadOnlyDictionary<string, ZohoCrmModuleMetadata> modules, IReadOnlyDictionary<string, ZohoCrmModuleMetadata> loaded)
    : IZohoCrmSchema
{
    public ZohoCrmModuleMetadata? FindModule(string apiName) =>
        loaded.TryGetValue(apiName, out var module) ? module
        : modules.ContainsKey(apiName) ? throw new InvalidOperationException("The fields of module " + apiName + " were not loaded before binding.")
        : null;

    public IEnumerable<string> ModuleNames => modules.Keys;
}
