using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Schema;

/// <summary>Metadata from Zoho's settings API through an execution context's API client (with its user's token).</summary>
internal sealed class ZohoCrmApiMetadataSource(ZohoCrmExecutionContext context) : IZohoCrmMetadataSource
{
    public async Task<IReadOnlyList<ZohoCrmModuleMetadata>> GetModulesAsync(bool async, CancellationToken cancellationToken)
    {
        var api = await context.GetApiClientAsync(async, cancellationToken).ConfigureAwait(false);
        return await api.GetModulesAsync(async, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ZohoCrmFieldMetadata>> GetFieldsAsync(string moduleApiName, bool async, CancellationToken cancellationToken)
    {
        var api = await context.GetApiClientAsync(async, cancellationToken).ConfigureAwait(false);
        return await api.GetFieldsAsync(moduleApiName, async, cancellationToken).ConfigureAwait(false);
    }
}
