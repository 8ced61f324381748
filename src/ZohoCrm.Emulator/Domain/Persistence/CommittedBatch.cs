using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Persistence;

/// <summary>One record's new version, or its removal when <see cref="Record"/> is null.</summary>
public sealed record RecordChange(string Module, long Id, StoredRecord? Record);

/// <summary>
/// The effect of one write call, as the journal stores it: the record versions it wrote, when, and where the org's
/// counters stood afterwards (so ids and autonumbers keep rising after a restart).
/// </summary>
public sealed record CommittedBatch(DateTimeOffset At, IReadOnlyList<RecordChange> Changes, long LastSequence, IReadOnlyDictionary<string, long> AutoNumbers);

/// <summary>Makes committed batches durable before the writer acknowledges them.</summary>
public interface IWriteJournal
{
    /// <summary>Appends the batch and returns only once it is on disk.</summary>
    void Append(CommittedBatch batch);
}
