using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Schema;

/// <summary>
/// Where the metadata cache gets module and field metadata from (Zoho's settings API). With <c>async</c> false the
/// calls do synchronous I/O and return completed tasks.
/// </summary>
internal interface IZohoCrmMetadataSource
{
    /// <summary>Every module of the org, without fields (<c>GET /crm/v8/settings/modules</c>).</summary>
    Task<IReadOnlyList<ZohoCrmModuleMetadata>> GetModulesAsync(bool async, CancellationToken cancellationToken);

    /// <summary>The fields of one module (<c>GET /crm/v8/settings/fields?module=…</c>).</summary>
    Task<IReadOnlyList<ZohoCrmFieldMetadata>> GetFieldsAsync(string moduleApiName, bool async, CancellationToken cancellationToken);
}
