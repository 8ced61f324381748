using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Seeding;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Domain;

/// <summary>How the emulated org is created.</summary>
public sealed record EmulatorDomainOptions
{
    /// <summary>The same seed gives the same records and ids.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Leads to seed (<c>--scale</c>); null for the default org of about 30,000 records (10,000 Leads).</summary>
    public int? LeadCount { get; init; }

    /// <summary>Where writes are persisted (<c>--data-dir</c>); null keeps everything in memory.</summary>
    public string? DataDirectory { get; init; }
}

/// <summary>
/// The emulated org: schema, records, wire rendering and the record writer, wired together. The HTTP host registers
/// it and its parts as singletons; <see cref="Reset"/> therefore restores the seeded state in place.
/// </summary>
public sealed class EmulatorDomain : IDisposable
{
    private readonly object _resetLock = new();

    private EmulatorDomain(EmulatorDomainOptions options, EmulatorClock clock)
    {
        if (options.LeadCount is < 0 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LeadCount, "The lead count (--scale) must be between 0 and 1,000,000.");
        }

        Options = options;
        Clock = clock;
        Schema = StandardOrg.Build();
        Layouts = new ModuleLayouts(Schema);
        Records = new RecordStore(Schema, clock);
        Wire = new WireWriter(Schema, Records);
        Ids = new RecordIdSequence(OrgSeeder.FirstRecordSequence);
    }

    public EmulatorDomainOptions Options { get; }
    public EmulatorClock Clock { get; }
    public OrgSchema Schema { get; }
    public RecordStore Records { get; }
    public WireWriter Wire { get; }
    public ModuleLayouts Layouts { get; }

    /// <summary>The record id sequence; persisted with the data so ids keep rising after a restart.</summary>
    public RecordIdSequence Ids { get; }

    /// <summary>Where the seed left the counters (id sequence, autonumbers) before any write.</summary>
    public SeedResult SeedState { get; private set; } = new(OrgSeeder.FirstRecordSequence, new Dictionary<string, long>());

    public static EmulatorDomain Create(EmulatorDomainOptions options, EmulatorClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var domain = new EmulatorDomain(options, clock);
        domain.SeedRecords();
        return domain;
    }

    /// <summary>Back to the seeded state, keeping the same schema, store and writer instances.</summary>
    public void Reset()
    {
        lock (_resetLock)
        {
            Records.Clear();
            SeedRecords();
        }
    }

    public void Dispose()
    {
    }

    private void SeedRecords()
    {
        SeedState = OrgSeeder.Seed(Schema, Records, Layouts, Options.Seed, SeedCounts.For(Options.LeadCount));
        Ids.Restart(SeedState.LastSequence);
    }
}
