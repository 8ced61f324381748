using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// Executes SaveChanges batches one after the other without a transaction, which Zoho CRM does not have; when
/// there is more than one batch it logs <see cref="ZohoCrmEventId.NonAtomicSaveChangesWarning"/> first, so a
/// user who configured it to throw gets the error before anything is written. Internal API.
/// </summary>
public class ZohoCrmBatchExecutor : IBatchExecutor
{
    public ZohoCrmBatchExecutor(ICurrentDbContext currentContext, IDiagnosticsLogger<DbLoggerCategory.Update> updateLogger)
    {
        CurrentContext = currentContext;
        UpdateLogger = updateLogger;
    }

    public virtual ICurrentDbContext CurrentContext { get; }

    protected virtual IDiagnosticsLogger<DbLoggerCategory.Update> UpdateLogger { get; }

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
        connection.Open();
        try
        {
            do
            {
                var batch = enumerator.Current;
                batch.Execute(connection);
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
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            do
            {
                var batch = enumerator.Current;
                await batch.ExecuteAsync(connection, cancellationToken).ConfigureAwait(false);
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

    private void WarnIfNotAtomic(ModificationCommandBatch firstBatch)
    {
        if (!firstBatch.AreMoreBatchesExpected)
        {
            return;
        }

        var definition = ZohoCrmStrings.LogNonAtomicSaveChanges(UpdateLogger);
        if (UpdateLogger.ShouldLog(definition))
        {
            definition.Log(UpdateLogger, CurrentContext.Context.GetType().Name);
        }
    }
}
