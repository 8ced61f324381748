using System.Globalization;
using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;
using ZohoCrm.Data;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// One Zoho CRM write: the commands of one module, all inserted, all updated or all deleted, that EF found independent
/// of each other, mapped to ZohoCrm.Data's typed write API, which sends them in calls of <c>MaxBatchSize</c> (at most
/// 100) records, asynchronously up to <c>MaxConcurrency</c> calls at once. Each written value goes with its field's
/// Zoho type (the property's store type); inserts of an entity type with a unique field go with it as the
/// duplicate-check field (a call whose answer was lost is resent as an upsert on it, which cannot duplicate); an update
/// with a concurrency token carries its original value as <c>IfUnmodifiedSince</c>. Each record's result comes back
/// onto its entry: ids and system fields on success, every other status named in the exception (see
/// <see cref="ZohoCrmWriteFailures"/>). Internal API.
/// </summary>
/// <remarks>
/// Which commands may share a write (and so have their calls in flight together) is EF's own dependency rule: its
/// command batch preparer sorts the commands topologically into command sets, no command of a set depending on another
/// of the same set (a foreign key taking an id a new principal gets back, a dependent deleted before its principal, a
/// unique value freed before it is taken), and builds batches set by set, a batch never spanning two sets. So this batch
/// takes every command of its set of the same module and kind, however many, and the set after it, whose commands may
/// need the ids this write gets back, is another batch that runs once this one is done.
/// </remarks>
public class ZohoCrmModificationCommandBatch : ModificationCommandBatch
{
    private readonly List<IReadOnlyModificationCommand> _commands = [];
    private readonly int _recordsPerCall;
    private bool _moreBatchesExpected;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmModificationCommandBatch(ModificationCommandBatchFactoryDependencies dependencies, int maxBatchSize)
    {
        Dependencies = dependencies;
        // MaxBatchSize: the records of one call.
        _recordsPerCall = maxBatchSize;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected virtual ModificationCommandBatchFactoryDependencies Dependencies { get; }

    /// <inheritdoc />
    public override IReadOnlyList<IReadOnlyModificationCommand> ModificationCommands => _commands;

    // Each call is atomic per record at most; there is nothing a transaction could wrap.
    /// <inheritdoc />
    public override bool RequiresTransaction => false;

    /// <inheritdoc />
    public override bool AreMoreBatchesExpected => _moreBatchesExpected;

    /// <summary>Whether the write takes more than one call, each of which Zoho applies on its own.</summary>
    internal bool TakesSeveralCalls => _commands.Count > _recordsPerCall;

    /// <inheritdoc />
    public override bool TryAddCommand(IReadOnlyModificationCommand modificationCommand)
    {
        // No limit on the count: EF offers the commands of one command set (independent of each other) until the set
        // ends, and the write splits them into calls.
        if (_commands.Count > 0
            && (!string.Equals(_commands[0].TableName, modificationCommand.TableName, StringComparison.Ordinal)
                || _commands[0].EntityState != modificationCommand.EntityState))
        {
            return false;
        }

        _commands.Add(modificationCommand);
        return true;
    }

    /// <inheritdoc />
    public override void Complete(bool moreBatchesExpected) => _moreBatchesExpected = moreBatchesExpected;

    /// <inheritdoc />
    public override void Execute(IRelationalConnection connection)
    {
        if (Plan(connection) is not { } call)
        {
            return;
        }

        IReadOnlyList<ZohoCrmRecordResult> results;
        try
        {
            // Synchronous calls down to the socket: a synchronous SaveChanges never waits on asynchronous I/O.
            var api = call.Connection.GetApiClient();
            results = call.State switch
            {
                EntityState.Added => api.Insert(call.Module, call.Records, call.Options),
                EntityState.Modified => api.Update(call.Module, call.Records, call.Options),
                _ => api.Delete(call.Module, call.Ids, call.Options),
            };
        }
        catch (ZohoCrmWriteException exception)
        {
            Apply(call, exception.Results, exception);
            return;
        }

        Apply(call, results, null);
    }

    /// <inheritdoc />
    public override async Task ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken = default)
    {
        if (Plan(connection) is not { } call)
        {
            return;
        }

        IReadOnlyList<ZohoCrmRecordResult> results;
        try
        {
            var api = await call.Connection.GetApiClientAsync(cancellationToken).ConfigureAwait(false);
            results = call.State switch
            {
                EntityState.Added => await api.InsertAsync(call.Module, call.Records, call.Options, cancellationToken).ConfigureAwait(false),
                EntityState.Modified => await api.UpdateAsync(call.Module, call.Records, call.Options, cancellationToken).ConfigureAwait(false),
                _ => await api.DeleteAsync(call.Module, call.Ids, call.Options, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (ZohoCrmWriteException exception)
        {
            Apply(call, exception.Results, exception);
            return;
        }

        Apply(call, results, null);
    }

    /// <summary>The write this batch makes: its module, records (or ids to delete) and options.</summary>
    private sealed record WriteCall(
        ZohoCrmConnection Connection, string Module, EntityState State, IReadOnlyList<ZohoCrmRecordValues> Records, IReadOnlyList<string> Ids,
        ZohoCrmWriteOptions Options);

    private WriteCall? Plan(IRelationalConnection connection)
    {
        if (_commands.Count == 0 || _commands[0].EntityState is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return null;
        }

        if (connection.DbConnection is not ZohoCrmConnection zohoConnection)
        {
            throw new InvalidOperationException(ZohoCrmStrings.WritesNeedZohoCrmConnection(connection.DbConnection.GetType().Name));
        }

        var state = _commands[0].EntityState;
        var triggers = ZohoCrmTriggerNames.ToZoho((connection as ZohoCrmRelationalConnection)?.Triggers);

        // An entity type with a unique field names it as the inserts' duplicate-check field: the Data API sends them as
        // inserts, and resends a call whose answer was lost as an upsert on it, which finds the record the first
        // attempt wrote instead of adding another.
        var uniqueField = state == EntityState.Added && _commands[0].Entries.FirstOrDefault()?.EntityType is { } entityType
            ? ZohoCrmRecordMapping.UniqueField(entityType)
            : null;
        var options = new ZohoCrmWriteOptions
        {
            Trigger = triggers, DuplicateCheckFields = uniqueField is null ? null : [uniqueField], RecordsPerCall = _recordsPerCall,
        };
        return state == EntityState.Deleted
            ? new WriteCall(zohoConnection, _commands[0].TableName, state, [], _commands.Select(KeyText).ToList(), options)
            : new WriteCall(zohoConnection, _commands[0].TableName, state, _commands.Select(ToRecord).ToList(), [], options);
    }

    /// <summary>
    /// Sets on each written entry what Zoho returned (the new id, system fields), and throws for the others, naming each
    /// entry with what happened to it and what to do (see <see cref="ZohoCrmWriteFailures"/>).
    /// </summary>
    private void Apply(WriteCall call, IReadOnlyList<ZohoCrmRecordResult> results, ZohoCrmWriteException? writeException)
    {
        var failed = new List<IReadOnlyModificationCommand>();
        var failures = new List<ZohoCrmWriteFailures.Failure>();
        for (var i = 0; i < _commands.Count; i++)
        {
            var command = _commands[i];
            var result = i < results.Count ? results[i] : null;
            if (result is { Status: ZohoCrmWriteStatus.Success })
            {
                SetReturnedValues(command, call.State, result);
                continue;
            }

            failed.Add(command);
            var entry = command.Entries.FirstOrDefault();
            failures.Add(new ZohoCrmWriteFailures.Failure(
                i, entry?.ToEntityEntry().Entity, entry?.EntityType, call.State == EntityState.Added ? null : KeyText(command), result));
        }

        if (failures.Count == 0)
        {
            return;
        }

        var message = ZohoCrmWriteFailures.Message(Operation(call.State), call.Module, _commands.Count, call.State == EntityState.Added, failures);
        var entries = failed.SelectMany(c => c.Entries).ToList();
        var inner = (Exception?)writeException ?? failures.Select(f => f.Result).FirstOrDefault(r => r is not null)?.ToException(call.Module);
        throw ZohoCrmWriteFailures.Exception(message, inner, entries, failures);
    }

    /// <summary>
    /// The write result carries the new id and the system fields Zoho set (Created_Time, Modified_Time, Created_By...):
    /// generated properties take them without another read.
    /// </summary>
    private static void SetReturnedValues(IReadOnlyModificationCommand command, EntityState state, ZohoCrmRecordResult result)
    {
        foreach (var column in command.ColumnModifications)
        {
            if (!column.IsRead || column.Property is not { } property)
            {
                continue;
            }

            if (column.IsKey)
            {
                if (state == EntityState.Added && result.Id is { } id)
                {
                    column.Value = long.Parse(id, CultureInfo.InvariantCulture);
                }
            }
            else if (ZohoCrmRecordMapping.TryGetReturned(result, column.ColumnName, property, column.TypeMapping, out var value))
            {
                column.Value = value;
            }
            else if (state == EntityState.Added
                     && string.Equals(column.ColumnName, ZohoCrmUserTable.OwnerField, StringComparison.OrdinalIgnoreCase)
                     && ZohoCrmRecordMapping.TryGetReturned(result, "Created_By", property, column.TypeMapping, out var owner))
            {
                // An insert without an owner makes the creating user the owner; the result names only the creator.
                column.Value = owner;
            }
        }
    }

    private static string Operation(EntityState state) => state switch
    {
        EntityState.Added => "insert",
        EntityState.Deleted => "delete",
        _ => "update",
    };

    private static string KeyText(IReadOnlyModificationCommand command)
    {
        var key = command.ColumnModifications.First(c => c.IsKey);
        return ZohoCrmRecordMapping.IdText((key.UseOriginalValue ? key.OriginalValue : key.Value)!);
    }

    /// <summary>
    /// The written values of a command, each with its field's Zoho type, which decides its JSON (What_Id with its module
    /// when either changed). An update whose entity
    /// has a concurrency token (typically <c>Modified_Time</c>) is conditional on it: Zoho refuses it when the record
    /// changed after the token's original value.
    /// </summary>
    private static ZohoCrmRecordValues ToRecord(IReadOnlyModificationCommand command)
    {
        var update = command.EntityState == EntityState.Modified;
        var record = new ZohoCrmRecordValues { Id = update ? KeyText(command) : null, IfUnmodifiedSince = update ? ConcurrencyToken(command) : null };
        var entry = command.Entries.FirstOrDefault();
        var multiModuleLookup = false;
        foreach (var column in command.ColumnModifications)
        {
            // An insert leaves out what the entity holds no value for: in Zoho a field left out of a create takes its
            // default value, and a null would clear it.
            if (!column.IsWrite || column.IsKey || !update && column.Value is null)
            {
                continue;
            }

            if (entry is not null && ZohoCrmRecordMapping.IsMultiModuleLookupPart(entry.EntityType, column.ColumnName))
            {
                multiModuleLookup = true;
                continue;
            }

            record.Add(column.ColumnName, ZohoCrmRecordMapping.FieldType(column.TypeMapping), ZohoCrmRecordMapping.ToProvider(column.Value, column.TypeMapping));
        }

        // What_Id or its module changed: both go, as Zoho takes a new What_Id only with its module.
        if (multiModuleLookup)
        {
            ZohoCrmRecordMapping.AddMultiModuleLookup(record, entry!.EntityType, entry.GetCurrentValue);
        }

        return record;
    }

    /// <summary>The original value of the command's concurrency token as the instant Zoho compares with, if it has one.</summary>
    private static DateTimeOffset? ConcurrencyToken(IReadOnlyModificationCommand command)
    {
        foreach (var column in command.ColumnModifications)
        {
            if (column is { IsCondition: true, IsKey: false, Property.IsConcurrencyToken: true })
            {
                // The model validator lets only a DateTimeOffset or DateTime Modified_Time be the token; a DateTime is UTC, as the reader gives it.
                return ZohoCrmRecordMapping.ToProvider(column.OriginalValue, column.TypeMapping) switch
                {
                    DateTimeOffset instant => instant,
                    DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
                    _ => null,
                };
            }
        }

        return null;
    }
}
