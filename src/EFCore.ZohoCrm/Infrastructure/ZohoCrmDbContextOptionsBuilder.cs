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

    /// <summary>
    /// What a mismatch between the model and the org's live metadata does: a mapped module or field Zoho CRM does not
    /// have, or a field whose type cannot hold the property's CLR type. The model is checked once, against the data
    /// source's cached metadata, when a context first opens its connection. <see cref="ZohoCrmSchemaCheck.Error"/>
    /// (the default) fails naming every mismatch, <see cref="ZohoCrmSchemaCheck.Warning"/> logs them,
    /// <see cref="ZohoCrmSchemaCheck.Off"/> does not check.
    /// </summary>
    public virtual ZohoCrmDbContextOptionsBuilder SchemaCheck(ZohoCrmSchemaCheck schemaCheck)
        => WithOption(e => e.WithSchemaCheck(schemaCheck));

    /// <summary>
    /// Adds the org's modules (every module the API supports, or the listed API names) to the model as shared-type
    /// entity types, from the org's live metadata when the model is built (read once per data source and cached):
    /// <c>db.Set&lt;Dictionary&lt;string, object&gt;&gt;("Leads").Where(l =&gt; EF.Property&lt;string&gt;(l, "Last_Name") == "Smith")</c>.
    /// Every field COQL can read is an indexer property named by its API name; modules the model already maps with
    /// an entity type are left to it. The model is built once per context type, so custom fields added in Zoho CRM
    /// later appear after a restart.
    /// </summary>
    public virtual ZohoCrmDbContextOptionsBuilder MapModulesFromMetadata(params string[] modules)
        => WithOption(e => e.WithMetadataModules(modules));

    /// <summary>
    /// The automation Zoho CRM runs on the records this context's SaveChanges and upserts write, for instance
    /// <c>o.Triggers(ZohoCrmTriggers.None)</c> for a data import that must not send workflow e-mails. Without it no
    /// trigger key is sent and Zoho runs all of it. <c>Database.UseZohoCrmTriggers</c> overrides it for some saves.
    /// </summary>
    public virtual ZohoCrmDbContextOptionsBuilder Triggers(ZohoCrmTriggers triggers)
        => WithOption(e => e.WithTriggers(triggers));

    /// <summary>
    /// Adds to each entity type with a class the fields of its module that the class does not map, from the org's live
    /// metadata when the model is built: shadow properties named by API name (indexer properties when the class has an
    /// <c>object this[string]</c> indexer), typed as the scaffolder would type them, read-only fields never sent.
    /// Reach them with <c>EF.Property&lt;decimal?&gt;(p, "Budget")</c> in queries and
    /// <c>db.Entry(p).Property("Budget").CurrentValue</c> to read or change them; SaveChanges writes them.
    /// For custom fields added in Zoho CRM after the classes were scaffolded; they appear after a restart.
    /// </summary>
    public virtual ZohoCrmDbContextOptionsBuilder MapUnmappedFieldsFromMetadata(bool mapUnmappedFields = true)
        => WithOption(e => e.WithMapUnmappedFields(mapUnmappedFields));

    /// <summary>Records per insert, update or delete call of SaveChanges: 1 to 100 (the default, Zoho's maximum).</summary>
    public override ZohoCrmDbContextOptionsBuilder MaxBatchSize(int maxBatchSize)
        => WithOption(e => (ZohoCrmOptionsExtension)e.WithMaxBatchSize(maxBatchSize));
}
