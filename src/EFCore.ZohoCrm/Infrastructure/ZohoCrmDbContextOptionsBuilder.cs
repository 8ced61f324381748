using EFCore.ZohoCrm.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace EFCore.ZohoCrm.Infrastructure;

/// <summary>
/// Zoho CRM specific options, the callback argument of <c>UseZohoCrm</c>. Inherited options: <c>CommandTimeout</c>
/// (seconds for each Zoho call of a query), <c>MaxBatchSize</c> (records per write call, 1 to 100).
/// </summary>
public class ZohoCrmDbContextOptionsBuilder
    : RelationalDbContextOptionsBuilder<ZohoCrmDbContextOptionsBuilder, ZohoCrmOptionsExtension>
{
    /// <summary>Creates the builder over the options being configured.</summary>
    public ZohoCrmDbContextOptionsBuilder(DbContextOptionsBuilder optionsBuilder)
        : base(optionsBuilder)
    {
    }

    /// <summary>
    /// With <see langword="true"/> (Zoho's own behaviour) predicates are evaluated by Zoho. With
    /// <see langword="false"/> the provider reads every row of the module and evaluates WHERE, ORDER BY and paging
    /// itself: exact even for records changed in the last minutes, and able to evaluate predicates COQL has no
    /// operator for, at the cost of more API calls. Wins over the <c>UseServerSideFiltering</c> of the connection string
    /// or of the data source given to <c>UseZohoCrm</c>; cannot be combined with an existing connection (set it there).
    /// </summary>
    public virtual ZohoCrmDbContextOptionsBuilder UseServerSideFiltering(bool useServerSideFiltering = true)
        => WithOption(e => e.WithUseServerSideFiltering(useServerSideFiltering));

    /// <summary>
    /// Lets the provider evaluate on the client the predicates Zoho cannot evaluate (range comparisons on text, for
    /// example), reading at most <paramref name="maxRows"/> rows to do so; a query that would need more fails
    /// instead of reading the whole module. Wins over the <c>ClientSideFilterLimit</c> of the connection string or of the
    /// data source given to <c>UseZohoCrm</c>; cannot be combined with an existing connection (set it there).
    /// </summary>
    public virtual ZohoCrmDbContextOptionsBuilder ClientSideFilterLimit(int maxRows)
        => WithOption(e => e.WithClientSideFilterLimit(maxRows));

    /// <summary>Records per insert, update or delete call of SaveChanges: 1 to 100 (the default, Zoho's maximum).</summary>
    public override ZohoCrmDbContextOptionsBuilder MaxBatchSize(int maxBatchSize)
        => WithOption(e => (ZohoCrmOptionsExtension)e.WithMaxBatchSize(maxBatchSize));
}
