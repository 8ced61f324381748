using System.Globalization;
using System.Text;
using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Update.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Infrastructure.Internal;

/// <summary>
/// The options of the Zoho CRM provider, kept in the <see cref="DbContextOptions"/>. Internal API: it may change
/// without notice; configure it through <c>UseZohoCrm</c> and <see cref="ZohoCrmDbContextOptionsBuilder"/>.
/// </summary>
/// <remarks>
/// No option of the provider changes how queries are translated, so none takes part in the service-provider hash:
/// UseServerSideFiltering and ClientSideFilterLimit are handed to the connection, and ZohoCrm.Data's planner applies
/// them when a command runs. Per-instance objects (the data source, a connection) would otherwise make every context
/// that used them build its own internal service provider.
/// </remarks>
public class ZohoCrmOptionsExtension : RelationalOptionsExtension
{
    /// <summary>Zoho CRM inserts, updates and deletes at most this many records per call.</summary>
    public const int MaxRecordsPerWrite = 100;

    private DbContextOptionsExtensionInfo? _info;
    private ZohoCrmDataSource? _dataSource;
    private bool? _useServerSideFiltering;
    private int? _clientSideFilterLimit;
    private ZohoCrmSchemaCheck _schemaCheck;
    private IReadOnlyList<string>? _metadataModules;
    private ZohoCrmTriggers? _triggers;
    private bool _mapUnmappedFields;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmOptionsExtension()
    {
    }

    // Every option added here must be copied here too.
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmOptionsExtension(ZohoCrmOptionsExtension copyFrom)
        : base(copyFrom)
    {
        _dataSource = copyFrom._dataSource;
        _useServerSideFiltering = copyFrom._useServerSideFiltering;
        _clientSideFilterLimit = copyFrom._clientSideFilterLimit;
        _schemaCheck = copyFrom._schemaCheck;
        _metadataModules = copyFrom._metadataModules;
        _triggers = copyFrom._triggers;
        _mapUnmappedFields = copyFrom._mapUnmappedFields;
    }

    /// <inheritdoc />
    public override DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    /// <inheritdoc />
    protected override RelationalOptionsExtension Clone() => new ZohoCrmOptionsExtension(this);

    /// <summary>The data source connections are created from, when one was given to <c>UseZohoCrm</c>.</summary>
    public virtual ZohoCrmDataSource? DataSource => _dataSource;

    /// <summary>
    /// Whether Zoho filters the rows (<see langword="true"/>), or the provider reads every row of the module and
    /// filters, sorts and pages on the client (<see langword="false"/>); <see langword="null"/> leaves the
    /// connection string's or data source's <c>UseServerSideFiltering</c> in force (this option wins over them).
    /// </summary>
    public virtual bool? UseServerSideFiltering => _useServerSideFiltering;

    /// <summary>
    /// The most rows the provider may read to evaluate, on the client, a predicate Zoho cannot evaluate;
    /// <see langword="null"/> leaves the connection string's or data source's <c>ClientSideFilterLimit</c> in force
    /// (this option wins over them).
    /// </summary>
    public virtual int? ClientSideFilterLimit => _clientSideFilterLimit;

    /// <summary>What a mismatch between the model and the org's live metadata does (an error by default).</summary>
    public virtual ZohoCrmSchemaCheck SchemaCheck => _schemaCheck;

    /// <summary>
    /// The modules the model gets from the org's metadata as shared-type entity types: <see langword="null"/> for
    /// none, empty for every module.
    /// </summary>
    public virtual IReadOnlyList<string>? MetadataModules => _metadataModules;

    /// <summary>Whether the fields a class does not map are added to its entity type from the org's metadata.</summary>
    public virtual bool MapUnmappedFields => _mapUnmappedFields;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ZohoCrmOptionsExtension WithMapUnmappedFields(bool mapUnmappedFields)
    {
        var clone = (ZohoCrmOptionsExtension)Clone();
        clone._mapUnmappedFields = mapUnmappedFields;
        return clone;
    }

    /// <summary>
    /// The automation Zoho CRM runs on the records the context writes; <see langword="null"/> sends no trigger key
    /// (Zoho runs all of it).
    /// </summary>
    public virtual ZohoCrmTriggers? Triggers => _triggers;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ZohoCrmOptionsExtension WithTriggers(ZohoCrmTriggers triggers)
    {
        ZohoCrmTriggerNames.Validate(triggers);
        var clone = (ZohoCrmOptionsExtension)Clone();
        clone._triggers = triggers;
        return clone;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ZohoCrmOptionsExtension WithMetadataModules(IReadOnlyList<string> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var clone = (ZohoCrmOptionsExtension)Clone();
        clone._metadataModules = [.. modules];
        return clone;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ZohoCrmOptionsExtension WithSchemaCheck(ZohoCrmSchemaCheck schemaCheck)
    {
        if (!Enum.IsDefined(schemaCheck))
        {
            throw new ArgumentOutOfRangeException(nameof(schemaCheck), schemaCheck, null);
        }

        var clone = (ZohoCrmOptionsExtension)Clone();
        clone._schemaCheck = schemaCheck;
        return clone;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ZohoCrmOptionsExtension WithDataSource(ZohoCrmDataSource? dataSource)
    {
        var clone = (ZohoCrmOptionsExtension)Clone();
        clone._dataSource = dataSource;
        return clone;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ZohoCrmOptionsExtension WithUseServerSideFiltering(bool useServerSideFiltering)
    {
        var clone = (ZohoCrmOptionsExtension)Clone();
        clone._useServerSideFiltering = useServerSideFiltering;
        return clone;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ZohoCrmOptionsExtension WithClientSideFilterLimit(int clientSideFilterLimit)
    {
        if (clientSideFilterLimit <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(clientSideFilterLimit), clientSideFilterLimit,
                ZohoCrmStrings.ClientSideFilterLimitOutOfRange(clientSideFilterLimit));
        }

        var clone = (ZohoCrmOptionsExtension)Clone();
        clone._clientSideFilterLimit = clientSideFilterLimit;
        return clone;
    }

    /// <inheritdoc />
    public override RelationalOptionsExtension WithMaxBatchSize(int? maxBatchSize)
    {
        if (maxBatchSize is < 1 or > MaxRecordsPerWrite)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBatchSize), maxBatchSize,
                ZohoCrmStrings.MaxBatchSizeOutOfRange(maxBatchSize.Value));
        }

        return base.WithMaxBatchSize(maxBatchSize);
    }

    /// <inheritdoc />
    public override void ApplyServices(IServiceCollection services) => services.AddEntityFrameworkZohoCrm();

    /// <inheritdoc />
    public override void Validate(IDbContextOptions options)
    {
        base.Validate(options);

        // WithMaxBatchSize checks too, but the base class's copy constructor and other builders can set it directly.
        if (MaxBatchSize is { } maxBatchSize and (< 1 or > MaxRecordsPerWrite))
        {
            throw new InvalidOperationException(ZohoCrmStrings.MaxBatchSizeOutOfRange(maxBatchSize));
        }
    }

    private sealed class ExtensionInfo(ZohoCrmOptionsExtension extension) : RelationalExtensionInfo(extension)
    {
        private string? _logFragment;

        private new ZohoCrmOptionsExtension Extension => (ZohoCrmOptionsExtension)base.Extension;

        public override bool IsDatabaseProvider => true;

        // Of the options only the collection mode changes query translation, and EF's compiled-query cache, one per
        // service provider, does not key on it; the data source and connection are per-instance objects.
        public override int GetServiceProviderHashCode() => Extension.ParameterizedCollectionMode.GetHashCode();

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info.Extension.ParameterizedCollectionMode == Extension.ParameterizedCollectionMode;

        public override string LogFragment
        {
            get
            {
                if (_logFragment is null)
                {
                    var builder = new StringBuilder(base.LogFragment);
                    if (Extension._dataSource is not null)
                    {
                        builder.Append("DataSource ");
                    }

                    if (Extension._useServerSideFiltering is { } serverSide)
                    {
                        builder.Append("UseServerSideFiltering=").Append(serverSide).Append(' ');
                    }

                    if (Extension._clientSideFilterLimit is { } limit)
                    {
                        builder.Append("ClientSideFilterLimit=").Append(limit.ToString(CultureInfo.InvariantCulture)).Append(' ');
                    }

                    if (Extension._triggers is { } triggers)
                    {
                        builder.Append("Triggers=").Append(triggers).Append(' ');
                    }

                    _logFragment = builder.ToString();
                }

                return _logFragment;
            }
        }

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
