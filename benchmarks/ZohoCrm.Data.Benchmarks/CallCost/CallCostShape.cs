using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Data.Benchmarks.CallCost;

/// <summary>The fewest calls and credits Zoho's rules allow for a query, and the one-line reason.</summary>
public sealed record CallCostMinimum(int Calls, int Credits, string Derivation);

/// <summary>
/// One query shape of the call-cost report: a command run through <see cref="ZohoCrmCommand"/>, and the minimum
/// derived from Zoho's rules and the org's data (<see cref="CallCostOrg"/>).
/// </summary>
/// <param name="Name">What the shape is, as the report's first column shows it.</param>
/// <param name="CommandText">The query text.</param>
/// <param name="Minimum">The minimum for the org the shape runs against.</param>
public sealed record CallCostShape(string Name, string CommandText, Func<CallCostOrg, CallCostMinimum> Minimum)
{
    /// <summary>Connection-string settings added for this shape (e.g. <c>UseServerSideFiltering=False;</c>).</summary>
    public string Settings { get; init; } = "";

    /// <summary>Parameters of the command, by name.</summary>
    public Func<CallCostOrg, IReadOnlyDictionary<string, object?>>? Parameters { get; init; }

    /// <summary>Leads the org needs (the default org has 10,000).</summary>
    public int LeadCount { get; init; } = CallCostOrg.DefaultLeadCount;

    /// <summary>Why the provider needs more than the minimum, when it does; null when it makes exactly the minimum.</summary>
    public string? Excess { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The org a shape runs against, as its minimum needs to know it: record counts from the emulator's store.</summary>
public sealed class CallCostOrg(RecordStore records, int leadCount)
{
    /// <summary>Leads of the default org.</summary>
    public const int DefaultLeadCount = 10_000;

    /// <summary>Leads seeded.</summary>
    public int LeadCount { get; } = leadCount;

    /// <summary>The current records of a module, in id order.</summary>
    public IReadOnlyList<StoredRecord> Records(string module) => records.Scan(module);

    /// <summary>How many records of a module match.</summary>
    public int Count(string module, Func<StoredRecord, bool> predicate) => Records(module).Count(predicate);
}
