using System.Runtime.CompilerServices;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Update;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Update;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// The message of a write that did not write every record: each failed record named by its position, entity type and
/// id, grouped by what happened to it (refused, with Zoho's code and message and the property of the field at fault;
/// not found; changed since read; never written; unknown), each group saying what to do.
/// </summary>
internal static class ZohoCrmWriteFailures
{
    // Per exception, so the exception types stay EF's own (DbUpdateException, DbUpdateConcurrencyException).
    private static readonly ConditionalWeakTable<DbUpdateException, IReadOnlyList<ZohoCrmWriteFailure>> ByException = new();

    /// <summary>One record that was not written: its position in the call, entity, entity type, id (none for an insert) and result (none when Zoho gave none).</summary>
    public readonly record struct Failure(int Index, object? Entity, IEntityType? EntityType, string? Id, ZohoCrmRecordResult? Result)
    {
        public ZohoCrmWriteStatus Status => Result?.Status ?? ZohoCrmWriteStatus.Unknown;
    }

    /// <summary>The failures an exception reports (<c>GetZohoCrmWriteFailures</c>).</summary>
    public static IReadOnlyList<ZohoCrmWriteFailure> Of(DbUpdateException exception) =>
        ByException.TryGetValue(exception, out var failures) ? failures : [];

    /// <summary>Attaches failures to the exception that reports them; returns it.</summary>
    public static TException Attach<TException>(TException exception, IEnumerable<ZohoCrmWriteFailure> failures)
        where TException : DbUpdateException
    {
        ByException.AddOrUpdate(exception, failures.ToList());
        return exception;
    }

    /// <summary>The exception a write that left <paramref name="failures"/> throws, with them attached.</summary>
    public static DbUpdateException Exception(string message, Exception? inner, IReadOnlyList<IUpdateEntry> entries, IReadOnlyList<Failure> failures) =>
        Attach(AreConcurrencyFailures(failures) ? new DbUpdateConcurrencyException(message, inner, entries) : new DbUpdateException(message, inner, entries),
            ToPublic(failures));

    /// <summary>The exception an upsert that left <paramref name="failures"/> throws, with them attached.</summary>
    public static DbUpdateException Exception(string message, Exception? inner, IReadOnlyList<EntityEntry> entries, IReadOnlyList<Failure> failures) =>
        Attach(new DbUpdateException(message, inner, entries), ToPublic(failures));

    private static IEnumerable<ZohoCrmWriteFailure> ToPublic(IReadOnlyList<Failure> failures) => failures
        .Where(f => f.Entity is not null)
        .Select(f => new ZohoCrmWriteFailure(f.Entity!, f.Status, f.Result?.Code, f.Result?.Message, f.Result?.Field,
            f.Status == ZohoCrmWriteStatus.Refused && f.EntityType is not null ? ZohoCrmRecordMapping.PropertyOf(f.EntityType, f.Result?.Field)?.Name : null));

    public static string Message(string operation, string module, int total, bool isInsert, IReadOnlyList<Failure> failures)
    {
        var parts = new List<string>();
        void Describe(ZohoCrmWriteStatus status, Func<string, string> sentence)
        {
            var matching = failures.Where(f => f.Status == status).ToList();
            if (matching.Count > 0)
            {
                parts.Add(sentence(string.Join("; ", matching.Select(f => DescribeRecord(f, module)))));
            }
        }

        Describe(ZohoCrmWriteStatus.Refused, ZohoCrmStrings.RecordsRefused);
        Describe(ZohoCrmWriteStatus.NotFound, list => ZohoCrmStrings.RecordsNotFound(operation, list));
        Describe(ZohoCrmWriteStatus.Conflict, ZohoCrmStrings.RecordsChangedSinceRead);
        Describe(ZohoCrmWriteStatus.NotWritten, ZohoCrmStrings.RecordsNotWritten);
        Describe(ZohoCrmWriteStatus.Unknown, list => ZohoCrmStrings.RecordsOutcomeUnknown(list, isInsert));
        return ZohoCrmStrings.WriteIncomplete(operation, failures.Count, total, module, string.Join(" ", parts));
    }

    /// <summary>
    /// Whether the failures are optimistic concurrency's: records changed or deleted since they were read (and records
    /// left unwritten after them), which EF reports as <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public static bool AreConcurrencyFailures(IReadOnlyList<Failure> failures) =>
        failures.All(f => f.Status is ZohoCrmWriteStatus.NotFound or ZohoCrmWriteStatus.Conflict or ZohoCrmWriteStatus.NotWritten)
        && failures.Any(f => f.Status is ZohoCrmWriteStatus.NotFound or ZohoCrmWriteStatus.Conflict);

    private static string DescribeRecord(Failure failure, string module)
    {
        var record = ZohoCrmStrings.RecordOf(failure.Index, failure.EntityType?.DisplayName() ?? module, failure.Id);
        if (failure.Result is not { Status: ZohoCrmWriteStatus.Refused } result)
        {
            return record;
        }

        var property = failure.EntityType is null ? null : ZohoCrmRecordMapping.PropertyOf(failure.EntityType, result.Field);
        return ZohoCrmStrings.RecordRefused(record, result.Code, result.Field, property?.Name, result.Message);
    }
}
