using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Schema;

/// <summary>
/// The metadata cache as the planner sees it: synchronous look-ups. The executor loads the modules a query names
/// before planning; a module reached only through a second lookup is loaded here on first use (once per data source).
/// </summary>
internal sealed class ZohoCrmLoadingSchema(ZohoCrmMetadataCache metadata, IReadOnlyDictionary<string, ZohoCrmModuleMetadata> modules, CancellationToken cancellationToken)
    : IZohoCrmSchema
{
    public ZohoCrmModuleMetadata? FindModule(string apiName)
    {
        if (!modules.ContainsKey(apiName))
        {
            return null;
        }

        var load = metadata.GetModuleAsync(apiName, cancellationToken);
        return load.IsCompletedSuccessfully ? load.Result : load.GetAwaiter().GetResult();
    }

    public IEnumerable<string> ModuleNames => modules.Keys;
}
