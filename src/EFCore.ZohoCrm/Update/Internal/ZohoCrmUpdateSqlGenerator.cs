using Microsoft.EntityFrameworkCore.Update;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// Required by the relational update pipeline. Zoho CRM writes go through the record API rather than a DML text,
/// so the batches never ask this class for SQL. Internal API.
/// </summary>
public class ZohoCrmUpdateSqlGenerator : UpdateSqlGenerator
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmUpdateSqlGenerator(UpdateSqlGeneratorDependencies dependencies)
        : base(dependencies)
    {
    }
}
