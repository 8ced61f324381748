using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using ZohoCrm.Data;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// <c>DbSet.UpsertAsync</c>: entities to the Data API's upsert as typed records, the results back onto the entities,
/// which are then tracked as Unchanged.
/// </summary>
internal static class ZohoCrmUpserter
{
    public static async Task<IReadOnlyList<ZohoCrmUpsertResult<TEntity>>> UpsertAsync<TEntity>(
        DbSet<TEntity> set, IEnumerable<TEntity> entities, Expression<Func<TEntity, object?>>? duplicateCheck, CancellationToken cancellationToken)
        where TEntity : class
    {
        var upsert = Prepare(set, entities, duplicateCheck);
        if (upsert.Entities.Count == 0)
        {
            return [];
        }

        IReadOnlyList<ZohoCrmRecordResult> results;
        ZohoCrmWriteException? writeException = null;
        await upsert.Connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var api = await ZohoConnection(upsert.Connection).GetApiClientAsync(cancellationToken).ConfigureAwait(false);
            results = await api.UpsertAsync(upsert.Module, upsert.Records, upsert.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (ZohoCrmWriteException exception)
        {
            (results, writeException) = (exception.Results, exception);
        }
        finally
        {
            await upsert.Connection.CloseAsync().ConfigureAwait(false);
        }

        return Apply(upsert, results, writeException);
    }

    public static IReadOnlyList<ZohoCrmUpsertResult<TEntity>> Upsert<TEntity>(
        DbSet<TEntity> set, IEnumerable<TEntity> entities, Expression<Func<TEntity, object?>>? duplicateCheck)
        where TEntity : class
    {
        var upsert = Prepare(set, entities, duplicateCheck);
        if (upsert.Entities.Count == 0)
        {
            return [];
        }

        IReadOnlyList<ZohoCrmRecordResult> results;
        ZohoCrmWriteException? writeException = null;
        upsert.Connection.Open();
        try
        {
            results = ZohoConnection(upsert.Connection).GetApiClient().Upsert(upsert.Module, upsert.Records, upsert.Options);
        }
        catch (ZohoCrmWriteException exception)
        {
            (results, writeException) = (exception.Results, exception);
        }
        finally
        {
            upsert.Connection.Close();
        }

        return Apply(upsert, results, writeException);
    }

    private sealed record PreparedUpsert<TEntity>(
        DbContext Context, IEntityType EntityType, IRelationalConnection Connection, string Module, IReadOnlyList<TEntity> Entities,
        IReadOnlyList<ZohoCrmRecordValues> Records, ZohoCrmWriteOptions Options)
        where TEntity : class;

    private static PreparedUpsert<TEntity> Prepare<TEntity>(DbSet<TEntity> set, IEnumerable<TEntity> entities, Expression<Func<TEntity, object?>>? duplicateCheck)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(entities);
        var context = set.GetService<ICurrentDbContext>().Context;
        var connection = context.GetService<IRelationalConnection>();
        var entityType = set.EntityType;
        var module = entityType.GetTableName()
                     ?? throw new InvalidOperationException(ZohoCrmStrings.UpsertNeedsModule(entityType.DisplayName()));
        var list = entities.ToList();
        var fields = duplicateCheck is null
            ? ZohoCrmRecordMapping.UniqueField(entityType) is { } unique ? [unique] : null
            : DuplicateCheckFields(entityType, duplicateCheck);
        var options = new ZohoCrmWriteOptions
        {
            DuplicateCheckFields = fields,
            Trigger = ZohoCrmTriggerNames.ToZoho((connection as ZohoCrmRelationalConnection)?.Triggers),
        };
        return new PreparedUpsert<TEntity>(context, entityType, connection, module, list, list.Select(e => ToRecord(context, entityType, e)).ToList(), options);
    }

    /// <summary>The columns a <c>l =&gt; l.Email</c> or <c>l =&gt; new { l.Email, l.Phone }</c> lambda names.</summary>
    private static IReadOnlyList<string> DuplicateCheckFields<TEntity>(IEntityType entityType, Expression<Func<TEntity, object?>> lambda)
    {
        var body = lambda.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? convert.Operand : lambda.Body;
        var members = body switch
        {
            MemberExpression member => [member],
            NewExpression created => created.Arguments.Select(a => a as MemberExpression).ToList(),
            _ => [null],
        };
        return members.Select(m => m is { Expression: ParameterExpression } && entityType.FindProperty(m.Member.Name) is { } property
                ? property.GetColumnName()
                : throw new ArgumentException(ZohoCrmStrings.DuplicateCheckNotProperties(lambda.ToString(), entityType.DisplayName()), nameof(lambda)))
            .ToList();
    }

    /// <summary>Every mapped property Zoho lets the client write (not the id, not the system fields), with its field type.</summary>
    private static ZohoCrmRecordValues ToRecord(DbContext context, IEntityType entityType, object entity)
    {
        var entry = context.Entry(entity);
        var record = new ZohoCrmRecordValues();
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsPrimaryKey() || property.GetBeforeSaveBehavior() == PropertySaveBehavior.Ignore
                || (property.IsShadowProperty() && entry.State == EntityState.Detached))
            {
                continue;
            }

            if (ZohoCrmRecordMapping.IsMultiModuleLookupPart(entityType, property.GetColumnName()))
            {
                continue;
            }

            var mapping = property.GetRelationalTypeMapping();
            record.Add(property.GetColumnName(), ZohoCrmRecordMapping.FieldType(mapping),
                ZohoCrmRecordMapping.ToProvider(entry.Property(property.Name).CurrentValue, mapping));
        }

        if (ZohoCrmRecordMapping.PropertyOf(entityType, ZohoCrmRecordMapping.RelatedModuleColumn) is not null)
        {
            ZohoCrmRecordMapping.AddMultiModuleLookup(record, entityType, p => entry.Property(p.Name).CurrentValue);
        }

        return record;
    }

    /// <summary>
    /// Each written entity takes its id and the system fields Zoho returned and is tracked as Unchanged; refused ones
    /// are named by the exception thrown after.
    /// </summary>
    private static IReadOnlyList<ZohoCrmUpsertResult<TEntity>> Apply<TEntity>(
        PreparedUpsert<TEntity> upsert, IReadOnlyList<ZohoCrmRecordResult> results, ZohoCrmWriteException? writeException)
        where TEntity : class
    {
        var written = new List<ZohoCrmUpsertResult<TEntity>>();
        var failures = new List<ZohoCrmWriteFailures.Failure>();
        var failedEntries = new List<EntityEntry>();
        for (var i = 0; i < upsert.Entities.Count; i++)
        {
            var entity = upsert.Entities[i];
            var result = i < results.Count ? results[i] : null;
            if (result is not { Status: ZohoCrmWriteStatus.Success, Id: { } id })
            {
                failures.Add(new ZohoCrmWriteFailures.Failure(i, entity, upsert.EntityType, null, result));
                failedEntries.Add(upsert.Context.Entry(entity));
                continue;
            }

            Track(upsert.Context, upsert.EntityType, entity, id, result);
            written.Add(new ZohoCrmUpsertResult<TEntity>(entity, string.Equals(result.Action, "insert", StringComparison.OrdinalIgnoreCase), result.DuplicateField));
        }

        if (failures.Count > 0)
        {
            var message = ZohoCrmWriteFailures.Message("upsert", upsert.Module, upsert.Entities.Count, isInsert: true, failures);
            var inner = (Exception?)writeException ?? failures.Select(f => f.Result).FirstOrDefault(r => r is not null)?.ToException(upsert.Module);
            throw ZohoCrmWriteFailures.Exception(message, inner, failedEntries, failures);
        }

        return written;
    }

    private static void Track(DbContext context, IEntityType entityType, object entity, string id, ZohoCrmRecordResult result)
    {
        var key = entityType.FindPrimaryKey()!.Properties[0];
        var keyValue = ZohoCrmRecordMapping.ToModel(long.Parse(id, CultureInfo.InvariantCulture), key);
        var entry = context.Entry(entity);
        if (entry.State == EntityState.Detached)
        {
            // The id first, so the entity is attached as the record it is.
            SetClrValue(key, entity, keyValue);
            entry = context.Attach(entity);
        }
        else
        {
            entry.Property(key.Name).CurrentValue = keyValue;
        }

        foreach (var property in entityType.GetProperties())
        {
            if (!property.IsPrimaryKey()
                && ZohoCrmRecordMapping.TryGetReturned(result, property.GetColumnName(), property, property.GetRelationalTypeMapping(), out var value))
            {
                entry.Property(property.Name).CurrentValue = value;
            }
        }

        // What was sent and returned is what Zoho holds.
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
    }

    private static void SetClrValue(IProperty property, object entity, object? value)
    {
        switch (property.GetMemberInfo(forMaterialization: false, forSet: true))
        {
            case PropertyInfo propertyInfo:
                propertyInfo.SetValue(entity, value);
                break;
            case FieldInfo fieldInfo:
                fieldInfo.SetValue(entity, value);
                break;
        }
    }

    private static ZohoCrmConnection ZohoConnection(IRelationalConnection connection) =>
        connection.DbConnection as ZohoCrmConnection
        ?? throw new InvalidOperationException(ZohoCrmStrings.WritesNeedZohoCrmConnection(connection.DbConnection.GetType().Name));
}
