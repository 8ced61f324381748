using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Schema;

/// <summary>Metadata from Zoho's settings API through the data source's API client.</summary>
internal sealed class ZohoCrmApiMetadataSource(ZohoCrmExecutionContext context) : IZohoCrmMetadataSource
{
    public async Task<IReadOnlyList<ZohoCrmModuleMetadata>> GetModulesAsync(CancellationToken cancellationToken)
    {
        var api = await context.GetApiClientAsync(cancellationToken).ConfigureAwait(false);
        return await api.GetModulesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ZohoCrmFieldMetadata>> GetFieldsAsync(string moduleApiName, CancellationToken cancellationToken)
    {
        var api = await context.GetApiClientAsync(cancellationToken).ConfigureAwait(false);
        return await api.GetFieldsAsync(moduleApiName, cancellationToken).ConfigureAwait(false);
    }
}
