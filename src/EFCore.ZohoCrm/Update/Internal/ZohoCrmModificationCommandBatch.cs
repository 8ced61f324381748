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
/// One Zoho CRM write call: up to <c>MaxBatchSize</c> (at most 100) records of one module, all inserted, all
/// updated or all deleted, which is what one insert/update/delete request of the record API carries. Written values
/// go to ZohoCrm.Data with their field's Zoho type (the property's store type), which writes Zoho's record JSON; the
/// ids Zoho assigns are set on the inserted entities. Internal API.
/// </summary>
public class ZohoCrmModificationCommandBatch : ModificationCommandBatch
{
    private readonly List<IReadOnlyModificationCommand> _commands = [];
    private readonly int _maxBatchSize;
    private bool _moreBatchesExpected;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmModificationCommandBatch(ModificationCommandBatchFactoryDependencies dependencies, int maxBatchSize)
    {
        Dependencies = dependencies;
        _maxBatchSize = maxBatchSize;
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

    /// <inheritdoc />
    public override bool TryAddCommand(IReadOnlyModificationCommand modificationCommand)
    {
        if (_commands.Count >= _maxBatchSize)
        {
            return false;
        }

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
    public override void Execute(IRelationalConnection connection) =>
        // The API client's writes are asynchronous only (its public surface has no synchronous writes), so a synchronous
        // SaveChanges waits for them on its thread; the write path never blocks a pool thread, so it completes. Reads
        // are synchronous down the stack.
        ExecuteAsync(connection, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc />
    public override async Task ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken = default)
    {
        if (_commands.Count == 0)
        {
            return;
        }

        if (connection.DbConnection is not ZohoCrmConnection zohoConnection)
        {
            throw new InvalidOperationException(ZohoCrmStrings.WritesNeedZohoCrmConnection(connection.DbConnection.GetType().Name));
        }

        var api = await zohoConnection.GetApiClientAsync(cancellationToken).ConfigureAwait(false);
        var options = new ZohoCrmWriteOptions { Trigger = ZohoCrmTriggerNames.ToZoho((connection as ZohoCrmRelationalConnection)?.Triggers) };
        var module = _commands[0].TableName;
        var state = _commands[0].EntityState;
        IReadOnlyList<ZohoCrmRecordResult> results;
        string operation;
        switch (state)
        {
            case EntityState.Added:
                operation = "insert";
                results = await api.InsertAsync(module, _commands.Select(c => ToRecord(c, includeId: false)).ToList(), options, cancellationToken)
                    .ConfigureAwait(false);
                break;
            case EntityState.Modified:
                operation = "update";
                results = await api.UpdateAsync(module, _commands.Select(c => ToRecord(c, includeId: true)).ToList(), options, cancellationToken)
                    .ConfigureAwait(false);
                break;
            case EntityState.Deleted:
                operation = "delete";
                results = await api.DeleteAsync(module, _commands.Select(KeyText).ToList(), options, cancellationToken).ConfigureAwait(false);
                break;
            default:
                return;
        }

        ApplyResults(module, operation, state, results);
    }

    private void ApplyResults(string module, string operation, EntityState state, IReadOnlyList<ZohoCrmRecordResult> results)
    {
        var failures = new List<(IReadOnlyModificationCommand Command, ZohoCrmRecordResult Result)>();
        for (var i = 0; i < _commands.Count; i++)
        {
            var command = _commands[i];
            var result = results.FirstOrDefault(r => r.Index == i) ?? (i < results.Count ? results[i] : null);
            if (result is null || !result.IsSuccess)
            {
                failures.Add((command, result!));
                continue;
            }

            // The write response carries the new id and the system fields Zoho set (Created_Time, Modified_Time,
            // Created_By, ...); generated properties take them without another read.
            foreach (var column in command.ColumnModifications)
            {
                if (!column.IsRead)
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
                else if (result.Details.TryGetValue(column.ColumnName, out var returned) && FromDetails(column, returned) is { } value)
                {
                    column.Value = value;
                }
                else if (state == EntityState.Added
                    && string.Equals(column.ColumnName, ZohoCrmUserTable.OwnerField, StringComparison.OrdinalIgnoreCase)
                    && result.Details.TryGetValue("Created_By", out var creator) && FromDetails(column, creator) is { } owner)
                {
                    // An insert without an owner makes the creating user the owner; the response names only the creator.
                    column.Value = owner;
                }
            }
        }

        if (failures.Count == 0)
        {
            return;
        }

        var entries = failures.SelectMany(f => f.Command.Entries).ToList();
        var first = failures[0];
        if (state != EntityState.Added && failures.All(f => IsNotFound(f.Result)))
        {
            throw new DbUpdateConcurrencyException(ZohoCrmStrings.RecordNotFound(operation, module, KeyText(first.Command)), entries);
        }

        // The executor accepts the records that did succeed and adds that to the message.
        var inner = first.Result?.ToException(module);
        var described = string.Join("; ", failures.Select(f => f.Result is { } result
            ? ZohoCrmStrings.RecordRefused(result.Index, result.Code, result.Details.TryGetValue("api_name", out var field) ? field as string : null, result.Message)
            : ZohoCrmStrings.RecordRefused(_commands.IndexOf(f.Command), "NO_RESULT", null, null)));
        throw new DbUpdateException(ZohoCrmStrings.WriteFailed(operation, module, failures.Count, _commands.Count, described + "."), inner, entries);
    }

    private static bool IsNotFound(ZohoCrmRecordResult? result) =>
        result is not null
        && (string.Equals(result.Code, "RECORD_NOT_FOUND", StringComparison.OrdinalIgnoreCase)
            // Zoho answers an update or delete of a missing record with INVALID_DATA naming the id itself (a bad
            // lookup id also names its field in api_name, and is not a missing record).
            || (string.Equals(result.Code, "INVALID_DATA", StringComparison.OrdinalIgnoreCase)
                && result.Details.ContainsKey("id") && !result.Details.ContainsKey("api_name")
                && result.Message?.Contains("invalid", StringComparison.OrdinalIgnoreCase) == true));

    private static string KeyText(IReadOnlyModificationCommand command)
    {
        var key = command.ColumnModifications.First(c => c.IsKey);
        var value = key.UseOriginalValue ? key.OriginalValue : key.Value;
        return Convert.ToString(value, CultureInfo.InvariantCulture)!;
    }

    /// <summary>The written values of a command, each with its field's Zoho type, which decides its JSON.</summary>
    private static ZohoCrmRecordValues ToRecord(IReadOnlyModificationCommand command, bool includeId)
    {
        var record = new ZohoCrmRecordValues { Id = includeId ? KeyText(command) : null };
        foreach (var column in command.ColumnModifications)
        {
            if (column.IsWrite && !column.IsKey)
            {
                record.Add(column.ColumnName, ZohoCrmStoreTypes.ToFieldType(column.TypeMapping?.StoreTypeNameBase), ProviderValue(column));
            }
        }

        return record;
    }

    /// <summary>
    /// A system field from a write response's <c>details</c> as the property's value: date-times keep Zoho's offset
    /// (a <see cref="DateTime"/> gets the UTC instant, as the reader gives it), a user or lookup gives its id. Types
    /// the response cannot hold unambiguously are left for the next query to read.
    /// </summary>
    private static object? FromDetails(IColumnModification column, object? returned)
    {
        if (returned is IReadOnlyDictionary<string, object?> lookup)
        {
            returned = lookup.TryGetValue("id", out var lookupId) ? lookupId : null;
        }
        else if (returned is IDictionary<string, object?> lookupDictionary)
        {
            returned = lookupDictionary.TryGetValue("id", out var lookupId) ? lookupId : null;
        }

        if (returned is null || column.Property is not { } property)
        {
            return null;
        }

        var converter = column.TypeMapping?.Converter;
        var target = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? property.ClrType) ?? converter?.ProviderClrType ?? property.ClrType;
        var text = Convert.ToString(returned, CultureInfo.InvariantCulture)!;
        object? value = target switch
        {
            _ when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
            _ when target == typeof(DateTime) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime,
            _ when target == typeof(long) => long.Parse(text, CultureInfo.InvariantCulture),
            _ when target == typeof(string) => text,
            _ => null,
        };
        return value is not null && converter is not null ? converter.ConvertFromProvider(value) : value;
    }

    private static object? ProviderValue(IColumnModification column) =>
        column.Value is { } value && column.TypeMapping?.Converter is { } converter ? converter.ConvertToProvider(value) : column.Value;
}
