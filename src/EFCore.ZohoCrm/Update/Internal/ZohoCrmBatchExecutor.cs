using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking.Internal;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;
using EFCore.ZohoCrm.Update;
using ZohoCrm.Data;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// Executes SaveChanges batches one after the other without a transaction, which Zoho CRM does not have; when
/// they take more than one call it logs <see cref="ZohoCrmEventId.NonAtomicSaveChangesWarning"/> first, so a
/// user who configured it to throw gets the error before anything is written. A batch holds every independent command
/// of one module and kind, and asynchronously sends its calls up to <c>MaxConcurrency</c> at once (see
/// <see cref="ZohoCrmModificationCommandBatch"/>); the next batch waits for it. Internal API.
/// </summary>
public class ZohoCrmBatchExecutor : IBatchExecutor
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmBatchExecutor(ICurrentDbContext currentContext, IDiagnosticsLogger<DbLoggerCategory.Update> updateLogger)
    {
        CurrentContext = currentContext;
        UpdateLogger = updateLogger;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ICurrentDbContext CurrentContext { get; }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected virtual IDiagnosticsLogger<DbLoggerCategory.Update> UpdateLogger { get; }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual int Execute(IEnumerable<ModificationCommandBatch> commandBatches, IRelationalConnection connection)
    {
        // Batches are enumerated lazily: a later batch's foreign keys take the ids an earlier batch got back.
        using var enumerator = commandBatches.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            return 0;
        }

        WarnIfNotAtomic(enumerator.Current);
        var rowsAffected = 0;
        var executed = new List<ModificationCommandBatch>();
        connection.Open();
        try
        {
            do
            {
                var batch = enumerator.Current;
                try
                {
                    batch.Execute(connection);
                }
                catch (Exception exception)
                {
                    throw AcceptWrittenAndDescribe(executed, batch, Unsent(enumerator), exception);
                }

                executed.Add(batch);
                rowsAffected += batch.ModificationCommands.Count;
            }
            while (enumerator.MoveNext());
        }
        finally
        {
            connection.Close();
        }

        return rowsAffected;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual async Task<int> ExecuteAsync(
        IEnumerable<ModificationCommandBatch> commandBatches, IRelationalConnection connection, CancellationToken cancellationToken = default)
    {
        using var enumerator = commandBatches.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            return 0;
        }

        WarnIfNotAtomic(enumerator.Current);
        var rowsAffected = 0;
        var executed = new List<ModificationCommandBatch>();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            do
            {
                var batch = enumerator.Current;
                try
                {
                    await batch.ExecuteAsync(connection, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    throw AcceptWrittenAndDescribe(executed, batch, Unsent(enumerator), exception);
                }

                executed.Add(batch);
                rowsAffected += batch.ModificationCommands.Count;
            }
            while (enumerator.MoveNext());
        }
        finally
        {
            await connection.CloseAsync().ConfigureAwait(false);
        }

        return rowsAffected;
    }

    /// <summary>
    /// Zoho CRM has no transactions: when a call fails, the earlier calls and the records of this call that Zoho
    /// acknowledged are written for good. Their entries are accepted here (Added and Modified become Unchanged with
    /// the values Zoho returned, Deleted become Detached), so that a second SaveChanges retries only the entries
    /// the returned exception names instead of inserting the written records again.
    /// </summary>
    /// <returns>The exception to throw: a <see cref="DbUpdateException"/> whose entries are those not written.</returns>
    protected virtual Exception AcceptWrittenAndDescribe(
        IReadOnlyList<ModificationCommandBatch> executedBatches, ModificationCommandBatch failedBatch, IReadOnlyList<IUpdateEntry> unsentEntries,
        Exception exception)
    {
        var batchEntries = failedBatch.ModificationCommands.SelectMany(c => c.Entries).ToList();
        var failedEntities = exception is DbUpdateException { Entries.Count: > 0 } updateException
            ? new HashSet<object>(updateException.Entries.Select(e => e.Entity), ReferenceEqualityComparer.Instance)
            : new HashSet<object>(batchEntries.Select(e => e.ToEntityEntry().Entity), ReferenceEqualityComparer.Instance);
        var failedEntries = batchEntries.Where(e => failedEntities.Contains(e.ToEntityEntry().Entity)).Distinct().ToList();
        var written = executedBatches.SelectMany(b => b.ModificationCommands)
            .Concat(failedBatch.ModificationCommands)
            .SelectMany(c => c.Entries)
            .Where(e => !failedEntities.Contains(e.ToEntityEntry().Entity))
            .Distinct()
            .ToList();
        foreach (var entry in written)
        {
            AcceptChanges(entry);
        }

        if (exception is OperationCanceledException)
        {
            return exception;
        }

        var operation = OperationOf(failedBatch);
        var (count, module) = (failedBatch.ModificationCommands.Count, failedBatch.ModificationCommands[0].TableName);
        var refusedCall = ZohoRefusedTheCall(exception);
        var failure = exception is DbUpdateException ? exception.Message
            : refusedCall ? ZohoCrmStrings.WriteCallFailed(operation, count, module, exception.Message)
            : ZohoCrmStrings.WriteOutcomeUnknown(operation, count, module, exception.Message, isInsert: operation == "insert");
        var failures = exception is DbUpdateException reported
            ? ZohoCrmWriteFailures.Of(reported)
            : failedEntries.Select(e => new ZohoCrmWriteFailure(
                e.ToEntityEntry().Entity, refusedCall ? ZohoCrmWriteStatus.NotWritten : ZohoCrmWriteStatus.Unknown, (exception as ZohoCrmException)?.Code,
                exception.Message, null, null)).ToList();
        if (written.Count == 0 && unsentEntries.Count == 0 && exception is DbUpdateException)
        {
            return exception;
        }

        // The later calls SaveChanges never made: their entries are named too, as safe to save again.
        var message = written.Count == 0 ? failure : ZohoCrmStrings.SavedBeforeFailure(failure, written.Count);
        if (unsentEntries.Count > 0)
        {
            message += " " + ZohoCrmStrings.LaterCallsNotSent(unsentEntries.Count,
                string.Join(", ", unsentEntries.Select(e => e.EntityType.GetTableName()).Distinct().Select(m => "'" + m + "'")));
            failedEntries.AddRange(unsentEntries);
            failures = [.. failures, .. unsentEntries.Select(e => new ZohoCrmWriteFailure(e.ToEntityEntry().Entity, ZohoCrmWriteStatus.NotWritten, null, null, null, null))];
        }

        var inner = exception is DbUpdateException ? exception.InnerException : exception;
        return ZohoCrmWriteFailures.Attach(exception is DbUpdateConcurrencyException && unsentEntries.Count == 0
            ? new DbUpdateConcurrencyException(message, inner, failedEntries)
            : new DbUpdateException(message, inner, failedEntries), failures);
    }

    /// <summary>The entries of the batches after a failed one, which SaveChanges does not send.</summary>
    private static List<IUpdateEntry> Unsent(IEnumerator<ModificationCommandBatch> remaining)
    {
        var entries = new List<IUpdateEntry>();
        while (remaining.MoveNext())
        {
            entries.AddRange(remaining.Current.ModificationCommands.SelectMany(c => c.Entries));
        }

        return entries.Distinct().ToList();
    }

    /// <summary>
    /// Commits one written entry the way SaveChanges does on success: the store-generated values the batch set
    /// (the new id) move into the entity and the entry leaves Added/Modified/Deleted.
    /// </summary>
    protected virtual void AcceptChanges(IUpdateEntry entry)
    {
        // InternalEntryBase.AcceptChanges is what SaveChanges runs for each entry after a successful save. Public APIs
        // cannot do it for one entry: ChangeTracker.AcceptAllChanges accepts every entry, those whose write failed too,
        // and setting EntityEntry.State leaves the store-generated values the batch set (the new id) in their sidecar.
#pragma warning disable EF1001
        if (entry is InternalEntryBase internalEntry)
        {
            internalEntry.AcceptChanges();
        }
#pragma warning restore EF1001
    }

    /// <summary>
    /// Only an error envelope with a 4xx status says Zoho refused the whole call. A dropped connection, a timeout, a
    /// truncated or malformed body or a server error may come after Zoho wrote the records.
    /// </summary>
    private static bool ZohoRefusedTheCall(Exception exception) =>
        exception is ZohoCrmException { Code: not null, StatusCode: { } status } && (int)status is >= 400 and < 500;

    private static string OperationOf(ModificationCommandBatch batch) => batch.ModificationCommands[0].EntityState switch
    {
        EntityState.Added => "insert",
        EntityState.Deleted => "delete",
        _ => "update",
    };

    private void WarnIfNotAtomic(ModificationCommandBatch firstBatch)
    {
        if (!firstBatch.AreMoreBatchesExpected && firstBatch is not ZohoCrmModificationCommandBatch { TakesSeveralCalls: true })
        {
            return;
        }

        var contextType = CurrentContext.Context.GetType().Name;
        var definition = ZohoCrmStrings.LogNonAtomicSaveChanges(UpdateLogger);
        if (UpdateLogger.ShouldLog(definition))
        {
            definition.Log(UpdateLogger, contextType);
        }

        // LogTo and DiagnosticListener subscribers get the event through event data.
        if (UpdateLogger.NeedsEventData(definition, out var diagnosticSourceEnabled, out var simpleLogEnabled))
        {
            var eventData = new EventData(definition, (d, _) => ((EventDefinition<string>)d).GenerateMessage(contextType));
            UpdateLogger.DispatchEventData(definition, eventData, diagnosticSourceEnabled, simpleLogEnabled);
        }
    }
}
