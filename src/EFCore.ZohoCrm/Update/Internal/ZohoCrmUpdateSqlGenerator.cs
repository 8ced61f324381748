using Microsoft.EntityFrameworkCore.Update;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// Required by the relational update pipeline. Zoho CRM writes go through the record API rather than a DML text,
/// so the batches never ask this class for SQL. Internal API.
/// </summary>
public class ZohoCrmUpdateSqlGenerator : UpdateSqlGenerator
{
    public ZohoCrmUpdateSqlGenerator(UpdateSqlGeneratorDependencies dependencies)
        : base(dependencies)
    {
    }
}
