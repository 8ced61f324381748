using System.Runtime.CompilerServices;
using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using ZohoCrm.Data;
using ZohoCrm.Data.Internal;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// Checks a model against the org's live metadata once per model and data source (so once per context type and org:
/// one context type may be used against several orgs): the first connection a context opens to an org runs
/// <see cref="ZohoCrmSchemaComparer"/>, later ones reuse its answer. A mismatch is an
/// <see cref="InvalidOperationException"/> or a <see cref="ZohoCrmEventId.SchemaDriftWarning"/>, as the options say;
/// a check that could not read the metadata is tried again next time. A synchronous open checks with synchronous
/// calls. A singleton of EF's internal service provider, so what it remembers lives and dies with the provider that
/// built the models, as EF's model cache does; nothing is static. Internal API.
/// </summary>
internal sealed class ZohoCrmSchemaDriftCheck
{
    // Per model, then per data source (the connection itself when it has none); both keys are held weakly.
    private readonly ConditionalWeakTable<IModel, ConditionalWeakTable<object, OrgCheck>> _checks = new();

    // Per context type, then per data source: EF may build a context type's model again (its model cache can evict
    // it), which checks again, but the warning stays once per context type and org, as documented.
    private readonly ConditionalWeakTable<Type, ConditionalWeakTable<object, StrongBox<int>>> _warnings = new();

    private sealed class OrgCheck
    {
        public Task<IReadOnlyList<string>>? Comparison;
    }

    /// <summary>Checks with synchronous calls, for a synchronous open.</summary>
    public void Run(
        DbContext context, ZohoCrmConnection connection, ZohoCrmSchemaCheck mode, IDiagnosticsLogger<DbLoggerCategory.Model> logger)
    {
        ZohoCrmSync.GetCompletedResult(RunAsync(context, connection, mode, logger, async: false, CancellationToken.None));
    }

    /// <summary>Checks with asynchronous calls, for an asynchronous open.</summary>
    public Task RunAsync(
        DbContext context, ZohoCrmConnection connection, ZohoCrmSchemaCheck mode,
        IDiagnosticsLogger<DbLoggerCategory.Model> logger, CancellationToken cancellationToken) =>
        RunAsync(context, connection, mode, logger, async: true, cancellationToken);

    // Metadata from the MetadataCacheLocation file may be older than the org's: a mismatch found in it is checked
    // again against live metadata before it is reported, so the file never causes a false report.
    private static async Task<IReadOnlyList<string>> CompareAsync(IModel model, ZohoCrmConnection connection, bool async)
    {
        var mismatches = await ZohoCrmSchemaComparer.CompareAsync(model, connection, async, CancellationToken.None).ConfigureAwait(false);
        if (mismatches.Count == 0 || connection.ZohoDataSource?.Settings.MetadataCacheLocation is null)
        {
            return mismatches;
        }

        connection.RefreshMetadata();
        return await ZohoCrmSchemaComparer.CompareAsync(model, connection, async, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task RunAsync(
        DbContext context, ZohoCrmConnection connection, ZohoCrmSchemaCheck mode,
        IDiagnosticsLogger<DbLoggerCategory.Model> logger, bool async, CancellationToken cancellationToken)
    {
        if (mode == ZohoCrmSchemaCheck.Off)
        {
            return;
        }

        var model = context.Model;
        var state = _checks.GetValue(model, _ => new ConditionalWeakTable<object, OrgCheck>())
            .GetValue((object?)connection.ZohoDataSource ?? connection, _ => new OrgCheck());

        // An asynchronous open shares a comparison under way; a synchronous one never waits for an asynchronous
        // comparison, it compares itself with synchronous calls (the metadata is cached per data source anyway).
        var comparison = Volatile.Read(ref state.Comparison);
        if (comparison is null || (!async && !comparison.IsCompleted))
        {
            var started = CompareAsync(model, connection, async);
            var stored = Interlocked.CompareExchange(ref state.Comparison, started, null);
            comparison = async && stored is not null ? stored : started;
        }

        IReadOnlyList<string> mismatches;
        try
        {
            mismatches = async
                ? await comparison.WaitAsync(cancellationToken).ConfigureAwait(false)
                : ZohoCrmSync.GetCompletedResult(comparison); // Synchronous calls, or an answer already given.
        }
        catch (Exception) when (comparison.IsFaulted || comparison.IsCanceled)
        {
            _ = Interlocked.CompareExchange(ref state.Comparison, null, comparison); // Not an answer: the next connection checks again.
            throw;
        }

        if (mismatches.Count == 0)
        {
            return;
        }

        var contextType = context.GetType().Name;
        if (mode == ZohoCrmSchemaCheck.Error)
        {
            throw new InvalidOperationException(ZohoCrmStrings.SchemaDrift(contextType, mismatches));
        }

        var warned = _warnings.GetValue(context.GetType(), _ => new ConditionalWeakTable<object, StrongBox<int>>())
            .GetValue((object?)connection.ZohoDataSource ?? connection, _ => new StrongBox<int>());
        if (Interlocked.Exchange(ref warned.Value, 1) == 1)
        {
            return; // Warned once for this context type and org already.
        }

        var text = string.Join(" ", mismatches);
        var definition = ZohoCrmStrings.LogSchemaDrift(logger);
        if (logger.ShouldLog(definition))
        {
            definition.Log(logger, contextType, text);
        }

        // LogTo and DiagnosticListener subscribers get the event through event data.
        if (logger.NeedsEventData(definition, out var diagnosticSourceEnabled, out var simpleLogEnabled))
        {
            var eventData = new EventData(definition, (d, _) => ((EventDefinition<string, string>)d).GenerateMessage(contextType, text));
            logger.DispatchEventData(definition, eventData, diagnosticSourceEnabled, simpleLogEnabled);
        }
    }
}
