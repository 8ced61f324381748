using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Persistence;
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

    /// <summary>Exact record counts per module, overriding <see cref="LeadCount"/> (small orgs for tests).</summary>
    public SeedCounts? Counts { get; init; }

    /// <summary>Custom modules to add after the standard ones (<c>Custom_Module_1</c> ...), without records: orgs of many modules.</summary>
    public int ExtraCustomModules { get; init; }

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
    private RecordJournal? _journal;

    private EmulatorDomain(EmulatorDomainOptions options, EmulatorClock clock)
    {
        if (options.LeadCount is < 0 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LeadCount, "The lead count (--scale) must be between 0 and 1,000,000.");
        }

        Options = options;
        Clock = clock;
        Schema = StandardOrg.Build(options.ExtraCustomModules);
        Layouts = new ModuleLayouts(Schema);
        Records = new RecordStore(Schema, clock);
        Wire = new WireWriter(Schema, Records);
        Ids = new RecordIdSequence(OrgSeeder.FirstRecordSequence);
        Writer = new RecordWriter(Schema, Records, Layouts, Wire, clock, Ids);
        Reader = new RecordReader(Schema, Records, Wire, clock, Writer);
        Metadata = new MetadataJson(Schema, Wire);
    }

    public EmulatorDomainOptions Options { get; }
    public EmulatorClock Clock { get; }
    public OrgSchema Schema { get; }
    public RecordStore Records { get; }
    public WireWriter Wire { get; }
    public ModuleLayouts Layouts { get; }

    /// <summary>Inserts, updates, upserts and deletes with Zoho's semantics.</summary>
    public RecordWriter Writer { get; }

    /// <summary>Get Records and single-record reads with Zoho's paging rules.</summary>
    public RecordReader Reader { get; }

    /// <summary>The settings APIs' JSON (modules, fields, users, org).</summary>
    public MetadataJson Metadata { get; }

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
        if (options.DataDirectory is { } directory)
        {
            domain._journal = RecordJournal.Open(directory, domain.SeedIdentity, domain.Schema, domain.Layouts, domain.Writer.Replay);
            domain.Writer.Journal = domain._journal;
        }

        return domain;
    }

    /// <summary>Back to the seeded state, keeping the same schema, store and writer instances.</summary>
    public void Reset()
    {
        lock (_resetLock)
        {
            Writer.RunExclusive(() =>
            {
                Records.Clear();
                SeedRecords();
                _journal?.Truncate();
            });
        }
    }

    public void Dispose() => _journal?.Dispose();

    /// <summary>What the seeded records depend on: a data directory's journal only replays onto the same seed.</summary>
    private string SeedIdentity
    {
        get
        {
            var counts = Options.Counts ?? SeedCounts.For(Options.LeadCount);
            return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"seed={Options.Seed};leads={counts.Leads};total={counts.Total};schema={Schema.Modules.Sum(m => m.Fields.Count)}");
        }
    }

    private void SeedRecords()
    {
        SeedState = OrgSeeder.Seed(Schema, Records, Layouts, Options.Seed, Options.Counts ?? SeedCounts.For(Options.LeadCount));
        Writer.Reset(SeedState);
    }
}
