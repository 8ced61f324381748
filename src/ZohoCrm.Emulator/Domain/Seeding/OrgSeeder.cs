using System.Globalization;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using V = ZohoCrm.Emulator.Domain.Seeding.SeedVocabulary;
using P = ZohoCrm.Emulator.Domain.Seeding.StandardOrg.Picklists;

namespace ZohoCrm.Emulator.Domain.Seeding;

/// <summary>How many records of each module the seed creates.</summary>
public sealed record SeedCounts
{
    public int Vendors { get; init; } = 100;
    public int Products { get; init; } = 200;
    public int Campaigns { get; init; } = 100;
    public int Accounts { get; init; } = 2_000;
    public int Contacts { get; init; } = 5_000;
    public int Leads { get; init; } = 10_000;
    public int Deals { get; init; } = 3_000;
    public int Cases { get; init; } = 1_500;
    public int Projects { get; init; } = 600;
    public int Tasks { get; init; } = 3_000;
    public int Calls { get; init; } = 2_500;
    public int Events { get; init; } = 2_000;
    public int Notes { get; init; } = 1_000;
    public int PriceBooks { get; init; } = 12;

    public int Total => Vendors + Products + Campaigns + Accounts + Contacts + Leads + Deals + Cases + Projects + Tasks + Calls + Events + Notes + PriceBooks;

    /// <summary>The default counts (about 30,000 records) with <paramref name="leadCount"/> Leads when given.</summary>
    public static SeedCounts For(int? leadCount) => leadCount is { } leads ? new SeedCounts { Leads = leads } : new SeedCounts();
}

/// <summary>Where the seed left the org's counters: the id sequence and each autonumber field's last number.</summary>
public sealed record SeedResult(long LastSequence, IReadOnlyDictionary<string, long> AutoNumbers);

/// <summary>
/// Fills a <see cref="RecordStore"/> with a realistic, deterministic org: the same seed gives the same records and
/// ids. Records are created in a fixed order along a timeline in the past (<see cref="EpochStart"/> to
/// <see cref="EpochEnd"/>), so ids rise with Created_Time and every lookup points at an older record.
/// </summary>
public sealed class OrgSeeder
{
    public static readonly DateTimeOffset EpochStart = new(2023, 1, 2, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset EpochEnd = new(2025, 6, 30, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Record ids start after this sequence number (room below for metadata and user ids).</summary>
    public const long FirstRecordSequence = 7_000_000;

    private static readonly object True = true;
    private static readonly object False = false;

    private readonly OrgSchema _schema;
    private readonly RecordStore _store;
    private readonly ModuleLayouts _layouts;
    private readonly Random _random;
    private readonly SeedCounts _counts;
    private readonly long[] _activeUsers;
    private readonly Dictionary<string, List<long>> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<long>> _contactsByAccount = [];
    private readonly Dictionary<string, long> _autoNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _companies = [];
    private readonly Dictionary<string, string> _domains = new(StringComparer.Ordinal);
    private readonly double _secondsPerRecord;
    private long _sequence = FirstRecordSequence;
    private long _created;

    private OrgSeeder(OrgSchema schema, RecordStore store, ModuleLayouts layouts, int seed, SeedCounts counts)
    {
        _schema = schema;
        _store = store;
        _layouts = layouts;
        _random = new Random(seed);
        _counts = counts;
        _activeUsers = schema.Users.Where(u => u.Status == "active").Select(u => u.Id).ToArray();
        _secondsPerRecord = (EpochEnd - EpochStart).TotalSeconds / Math.Max(1, counts.Total);
    }

    /// <summary>Seeds <paramref name="store"/> (which should be empty) and returns where the counters stand.</summary>
    public static SeedResult Seed(OrgSchema schema, RecordStore store, ModuleLayouts layouts, int seed, SeedCounts counts)
    {
        var seeder = new OrgSeeder(schema, store, layouts, seed, counts);
        seeder.SeedAll();
        return new SeedResult(seeder._sequence, seeder._autoNumbers);
    }

    private void SeedAll()
    {
        Repeat(_counts.Vendors, Vendor);
        Repeat(_counts.Products, Product);
        Repeat(_counts.Campaigns, Campaign);
        Repeat(_counts.Accounts, Account);
        Repeat(_counts.Contacts, Contact);
        Repeat(_counts.Leads, Lead);
        Repeat(_counts.Deals, Deal);
        Repeat(_counts.Cases, Case);
        Repeat(_counts.Projects, Project);
        Repeat(_counts.Tasks, Task);
        Repeat(_counts.Calls, Call);
        Repeat(_counts.Events, Event);
        Repeat(_counts.Notes, Note);
        Repeat(_counts.PriceBooks, PriceBook); // Last: the records seeded before it stay as they were.
    }

    private static void Repeat(int count, Action<int> create)
    {
        for (var i = 0; i < count; i++)
        {
            create(i);
        }
    }

    private void Vendor(int i)
    {
        var r = New("Vendors");
        var company = Company();
        var place = Pick(V.Places);
        r.Set("Vendor_Name", company);
        r.Set("Email", $"sales{i}@{Domain(company)}");
        r.Set("Phone", Phone(place.Prefix));
        r.Set("Website", $"https://www.{Domain(company)}");
        r.Set("GL_Account", Pick(P.GlAccount));
        r.Set("Category", Pick(V.CompanyKinds));
        Address(r, place, "Street", "City", "State", "Zip_Code", "Country");
        Commit(r);
    }

    private void Product(int i)
    {
        var r = New("Products");
        r.Set("Product_Name", $"{Pick(V.ProductNouns)} {Pick(V.ProductTiers)} {1 + (i % 9)}");
        r.Set("Product_Code", $"PRD-{i + 1:00000}");
        r.Set("Product_Active", Chance(0.85) ? True : False);
        r.Set("Product_Category", Pick(P.ProductCategory));
        r.Set("Manufacturer", Pick(P.Manufacturer));
        r.Set("Vendor_Name", MaybeRef("Vendors", 0.8));
        r.Set("Unit_Price", Money(20, 20_000));
        r.Set("Commission_Rate", Chance(0.5) ? Money(1, 500) : null);
        r.Set("Taxable", Chance(0.7) ? True : False);
        r.Set("Usage_Unit", Pick(P.UsageUnit));
        r.Set("Qty_in_Stock", (decimal)_random.Next(0, 5_000));
        r.Set("Qty_Ordered", (decimal)_random.Next(0, 1_000));
        r.Set("Qty_in_Demand", (decimal)_random.Next(0, 800));
        r.Set("Reorder_Level", (decimal)_random.Next(10, 200));
        var start = DateOnly.FromDateTime(Now().UtcDateTime).AddDays(_random.Next(-200, 30));
        r.Set("Sales_Start_Date", start);
        r.Set("Sales_End_Date", Chance(0.3) ? start.AddDays(_random.Next(180, 1000)) : null);
        r.Set("Support_Start_Date", start);
        r.Set("Support_Expiry_Date", start.AddYears(_random.Next(1, 4)));
        r.Set("Description", Chance(0.4) ? Pick(V.Sentences) : null);
        Commit(r);
    }

    private void Campaign(int i)
    {
        var r = New("Campaigns");
        var type = Pick(P.CampaignType);
        var start = DateOnly.FromDateTime(Now().UtcDateTime).AddDays(_random.Next(-30, 60));
        r.Set("Campaign_Name", $"{type} {start:MMM yyyy} #{i + 1}");
        r.Set("Type", type);
        r.Set("Status", Pick(P.CampaignStatus));
        r.Set("Start_Date", start);
        r.Set("End_Date", start.AddDays(_random.Next(7, 120)));
        r.Set("Expected_Revenue", Money(5_000, 500_000));
        r.Set("Budgeted_Cost", Money(500, 50_000));
        r.Set("Actual_Cost", Chance(0.6) ? Money(500, 60_000) : null);
        r.Set("Expected_Response", (long)_random.Next(10, 2_000));
        r.Set("Num_sent", (long)_random.Next(100, 50_000));
        r.Set("Parent_Campaign", MaybeRef("Campaigns", 0.1));
        Commit(r);
    }

    private void Account(int i)
    {
        var r = New("Accounts");
        var company = Company();
        var place = Pick(V.Places);
        r.Set("Account_Name", company);
        r.Set("Account_Number", (100_000 + i).ToString(CultureInfo.InvariantCulture));
        r.Set("Account_Site", place.City);
        r.Set("Parent_Account", MaybeRef("Accounts", 0.15));
        r.Set("Account_Type", Pick(P.AccountType));
        r.Set("Industry", Pick(P.Industry));
        r.Set("Ownership", Pick(P.Ownership));
        r.Set("Rating", Chance(0.6) ? Pick(P.Rating) : null);
        r.Set("Phone", Phone(place.Prefix));
        r.Set("Fax", Chance(0.2) ? Phone(place.Prefix) : null);
        r.Set("Website", $"https://www.{Domain(company)}");
        r.Set("Ticker_Symbol", Chance(0.1) ? company[..Math.Min(4, company.Length)].ToUpperInvariant().Replace(' ', 'X') : null);
        r.Set("Employees", (long)_random.Next(5, 50_000));
        r.Set("Annual_Revenue", Money(100_000, 900_000_000));
        r.Set("SIC_Code", Chance(0.5) ? (long)_random.Next(1000, 9999) : null);
        Address(r, place, "Billing_Street", "Billing_City", "Billing_State", "Billing_Code", "Billing_Country");
        if (Chance(0.5))
        {
            Address(r, place, "Shipping_Street", "Shipping_City", "Shipping_State", "Shipping_Code", "Shipping_Country");
        }

        r.Set("Description", Chance(0.3) ? Pick(V.Sentences) : null);
        Commit(r);
    }

    private void Contact(int i)
    {
        var r = New("Contacts");
        var first = Pick(V.FirstNames);
        var last = Pick(V.LastNames);
        var place = Pick(V.Places);
        var account = MaybeRef("Accounts", 0.9);
        r.Set("Salutation", Chance(0.6) ? Pick(P.Salutation) : null);
        r.Set("First_Name", first);
        r.Set("Last_Name", last);
        r.Set("Account_Name", account);
        r.Set("Vendor_Name", MaybeRef("Vendors", 0.05));
        r.Set("Reporting_To", account is long a && _contactsByAccount.TryGetValue(a, out var colleagues) && Chance(0.3) ? colleagues[_random.Next(colleagues.Count)] : null);
        r.Set("Email", $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{i}@{(account is long acc ? Domain(DisplayOf("Accounts", acc)) : "mail.example")}");
        r.Set("Secondary_Email", Chance(0.1) ? $"{first.ToLowerInvariant()}{i}@mail.example" : null);
        r.Set("Title", Pick(V.Titles));
        r.Set("Department", Pick(V.Departments));
        r.Set("Phone", Phone(place.Prefix));
        r.Set("Home_Phone", Chance(0.1) ? Phone(place.Prefix) : null);
        r.Set("Mobile", Chance(0.6) ? Phone(place.Prefix) : null);
        r.Set("Assistant", Chance(0.05) ? $"{Pick(V.FirstNames)} {Pick(V.LastNames)}" : null);
        r.Set("Date_of_Birth", Chance(0.4) ? new DateOnly(1955, 1, 1).AddDays(_random.Next(0, 365 * 48)) : null);
        r.Set("Lead_Source", Pick(P.LeadSource));
        r.Set("Email_Opt_Out", Chance(0.1) ? True : False);
        r.Set("Skype_ID", Chance(0.1) ? $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}" : null);
        r.Set("Twitter", Chance(0.1) ? $"{first.ToLowerInvariant()}{last.ToLowerInvariant()}" : null);
        Address(r, place, "Mailing_Street", "Mailing_City", "Mailing_State", "Mailing_Zip", "Mailing_Country");
        r.Set("Description", Chance(0.2) ? Pick(V.Sentences) : null);
        var id = Commit(r);
        if (account is long owner)
        {
            if (!_contactsByAccount.TryGetValue(owner, out var list))
            {
                _contactsByAccount[owner] = list = [];
            }

            list.Add(id);
        }
    }

    private void Lead(int i)
    {
        var r = New("Leads");
        var first = Pick(V.FirstNames);
        var last = Pick(V.LastNames);
        var company = Company();
        var place = Pick(V.Places);
        r.Set("Company", company);
        r.Set("Salutation", Chance(0.5) ? Pick(P.Salutation) : null);
        r.Set("First_Name", Chance(0.95) ? first : null);
        r.Set("Last_Name", last);
        r.Set("Designation", Chance(0.7) ? Pick(V.Titles) : null);
        r.Set("Email", Chance(0.9) ? $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{i}@{Domain(company)}" : null);
        r.Set("Secondary_Email", Chance(0.05) ? $"{first.ToLowerInvariant()}{i}@mail.example" : null);
        r.Set("Phone", Chance(0.8) ? Phone(place.Prefix) : null);
        r.Set("Mobile", Chance(0.4) ? Phone(place.Prefix) : null);
        r.Set("Fax", Chance(0.05) ? Phone(place.Prefix) : null);
        r.Set("Website", Chance(0.5) ? $"https://www.{Domain(company)}" : null);
        r.Set("Lead_Source", Chance(0.9) ? Pick(P.LeadSource) : null);
        r.Set("Lead_Status", Pick(P.LeadStatus));
        r.Set("Industry", Chance(0.8) ? Pick(P.Industry) : null);
        r.Set("Rating", Chance(0.4) ? Pick(P.Rating) : null);
        r.Set("No_of_Employees", Chance(0.8) ? (long)_random.Next(1, 20_000) : null);
        r.Set("Annual_Revenue", Chance(0.75) ? Money(10_000, 50_000_000) : null);
        r.Set("Email_Opt_Out", Chance(0.08) ? True : False);
        r.Set("Skype_ID", Chance(0.05) ? $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{i}" : null);
        r.Set("Twitter", Chance(0.05) ? $"{first.ToLowerInvariant()}{i}" : null);
        if (Chance(0.7))
        {
            Address(r, place, "Street", "City", "State", "Zip_Code", "Country");
        }

        r.Set("Description", Chance(0.25) ? Pick(V.Sentences) : null);
        r.Set("Preferred_Contact_Date", Chance(0.3) ? DateOnly.FromDateTime(Now().UtcDateTime).AddDays(_random.Next(1, 90)) : null);
        r.Set("Languages_Spoken", Chance(0.4) ? Subset(P.Languages, 1, 3) : null);
        r.Set("Discount_Rate", Chance(0.3) ? decimal.Round((decimal)(_random.NextDouble() * 25), 1) : null);
        r.Set("Referred_By", MaybeRef("Contacts", 0.05));
        r.Set("External_Lead_Id", Chance(0.4) ? $"EXT-{i + 1:0000000}" : null);
        Commit(r);
    }

    private void Deal(int i)
    {
        var r = New("Deals");
        var account = MaybeRef("Accounts", 0.95);
        var stage = Pick(P.Stage);
        var amount = Money(1_000, 750_000);
        var probability = stage switch
        {
            "Closed Won" => 100L,
            "Closed Lost" or "Closed-Lost to Competition" => 0L,
            _ => 10L * (Array.IndexOf(P.Stage, stage) + 1),
        };
        r.Set("Deal_Name", $"{(account is long a ? DisplayOf("Accounts", a) : Company())} - {Pick(V.ProductNouns)}");
        r.Set("Stage", stage);
        r.Set("Pipeline", P.Pipeline[0]);
        r.Set("Amount", amount);
        r.Set("Closing_Date", DateOnly.FromDateTime(Now().UtcDateTime).AddDays(_random.Next(-30, 180)));
        r.Set("Probability", probability);
        r.Set("Expected_Revenue", decimal.Round(amount * probability / 100m, 2));
        r.Set("Account_Name", account);
        r.Set("Contact_Name", account is long acc && _contactsByAccount.TryGetValue(acc, out var contacts) ? contacts[_random.Next(contacts.Count)] : MaybeRef("Contacts", 0.3));
        r.Set("Campaign_Source", MaybeRef("Campaigns", 0.2));
        r.Set("Type", Pick(P.DealType));
        r.Set("Lead_Source", Pick(P.LeadSource));
        r.Set("Next_Step", Chance(0.5) ? Pick(V.TaskSubjects) : null);
        r.Set("Description", Chance(0.2) ? Pick(V.Sentences) : null);
        Commit(r);
    }

    private void PriceBook(int i)
    {
        var r = New("Price_Books");
        r.Set("Price_Book_Name", $"{Pick(V.ProductTiers)} price book {i + 1}");
        r.Set("Active", Chance(0.8) ? True : False);
        r.Set("Pricing_Model", Pick(P.PricingModel));
        r.Set("Description", Chance(0.4) ? Pick(V.Sentences) : null);
        Commit(r);
    }

    private void Case(int i)
    {
        var r = New("Cases");
        var contact = MaybeRef("Contacts", 0.9);
        r.Set("Subject", Pick(V.CaseSubjects));
        r.Set("Status", Pick(P.CaseStatus));
        r.Set("Case_Origin", Pick(P.CaseOrigin));
        r.Set("Priority", Pick(P.Priority));
        r.Set("Type", Pick(P.CaseType));
        r.Set("Case_Reason", Chance(0.6) ? Pick(P.CaseReason) : null);
        r.Set("Product_Name", MaybeRef("Products", 0.7));
        r.Set("Related_To", contact);
        r.Set("Account_Name", contact is long c ? ValueOf("Contacts", c, "Account_Name") : MaybeRef("Accounts", 0.5));
        r.Set("Deal_Name", MaybeRef("Deals", 0.2));
        r.Set("Email", contact is long c2 ? ValueOf("Contacts", c2, "Email") : null);
        r.Set("Phone", contact is long c3 ? ValueOf("Contacts", c3, "Phone") : null);
        r.Set("Reported_By", contact is long c4 ? DisplayOf("Contacts", c4) : null);
        r.Set("Description", Pick(V.Sentences));
        r.Set("Solution", Chance(0.3) ? "Restarted the device and updated the firmware.\nCustomer confirmed the fix." : null);
        Commit(r);
    }

    private void Project(int i)
    {
        var r = New("Projects");
        var account = MaybeRef("Accounts", 0.9);
        var place = Pick(V.Places);
        var budget = Money(5_000, 2_000_000);
        var kickoff = Now().AddDays(_random.Next(1, 60)).AddHours(_random.Next(8, 18));
        r.Set("Name", $"{Pick(V.ProjectThemes)} {(account is long a ? DisplayOf("Accounts", a) : Company())}");
        r.Set("Summary", Chance(0.7) ? Pick(V.Sentences) : null);
        r.Set("Contact_Email", Chance(0.8) ? $"pm{i}@{(account is long a2 ? Domain(DisplayOf("Accounts", a2)) : "mail.example")}" : null);
        r.Set("Contact_Phone", Chance(0.7) ? Phone(place.Prefix) : null);
        r.Set("Project_Site", Chance(0.4) ? $"https://projects.zylker.example/p/{i + 1}" : null);
        r.Set("Project_Status", Pick(P.ProjectStatus));
        r.Set("Technologies", Chance(0.8) ? Subset(P.Technologies, 1, 4) : null);
        r.Set("Team_Size", (long)_random.Next(1, 40));
        r.Set("External_Ref", Chance(0.6) ? 9_000_000_000L + _random.Next(0, int.MaxValue) : null);
        r.Set("Estimated_Hours", decimal.Round((decimal)(_random.NextDouble() * 5_000), 1));
        r.Set("Budget", budget);
        r.Set("Completion", (decimal)_random.Next(0, 101));
        r.Set("Is_Billable", Chance(0.75) ? True : False);
        r.Set("Start_Date", DateOnly.FromDateTime(kickoff.UtcDateTime));
        r.Set("Kickoff_Time", new DateTimeOffset(kickoff.Year, kickoff.Month, kickoff.Day, kickoff.Hour, 0, 0, TimeSpan.Zero));
        r.Set("Account", account);
        r.Set("Deal", MaybeRef("Deals", 0.5));
        r.Set("Project_Manager", _activeUsers[_random.Next(_activeUsers.Length)]);
        Commit(r);
    }

    private void Task(int i)
    {
        var r = New("Tasks");
        r.Set("Subject", Pick(V.TaskSubjects));
        r.Set("Due_Date", DateOnly.FromDateTime(Now().UtcDateTime).AddDays(_random.Next(-10, 30)));
        r.Set("Status", Pick(P.TaskStatus));
        r.Set("Priority", Pick(P.TaskPriority));
        r.Set("Who_Id", MaybeRef("Contacts", 0.85));
        r.Set("What_Id", RelatedTo());
        r.Set("Send_Notification_Email", Chance(0.2) ? True : False);
        r.Set("Description", Chance(0.3) ? Pick(V.Sentences) : null);
        Commit(r);
    }

    private void Call(int i)
    {
        var r = New("Calls");
        var start = Now().AddMinutes(-_random.Next(5, 600));
        r.Set("Subject", Pick(V.CallSubjects));
        r.Set("Call_Type", Pick(P.CallType));
        r.Set("Call_Start_Time", new DateTimeOffset(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, TimeSpan.Zero));
        r.Set("Call_Duration", $"{_random.Next(0, 60):00}:{_random.Next(1, 60):00}");
        r.Set("Call_Purpose", Chance(0.8) ? Pick(P.CallPurpose) : null);
        r.Set("Call_Result", Chance(0.7) ? Pick(P.CallResult) : null);
        r.Set("Who_Id", MaybeRef("Contacts", 0.9));
        r.Set("What_Id", RelatedTo());
        r.Set("Description", Chance(0.3) ? Pick(V.Sentences) : null);
        Commit(r);
    }

    private void Event(int i)
    {
        var r = New("Events");
        var allDay = Chance(0.1);
        var start = Now().AddDays(_random.Next(1, 45));
        var from = allDay
            ? new DateTimeOffset(start.Year, start.Month, start.Day, 0, 0, 0, TimeSpan.Zero)
            : new DateTimeOffset(start.Year, start.Month, start.Day, _random.Next(7, 17), 30 * _random.Next(0, 2), 0, TimeSpan.Zero);
        r.Set("Event_Title", Pick(V.MeetingTitles));
        r.Set("Start_DateTime", from);
        r.Set("End_DateTime", allDay ? from.AddDays(1).AddSeconds(-1) : from.AddMinutes(30 * _random.Next(1, 5)));
        r.Set("All_day", allDay ? True : False);
        r.Set("Venue", Chance(0.6) ? $"{Pick(V.Places).City} office" : null);
        r.Set("Who_Id", MaybeRef("Contacts", 0.8));
        r.Set("What_Id", RelatedTo());
        r.Set("Description", Chance(0.2) ? Pick(V.Sentences) : null);
        Commit(r);
    }

    private void Note(int i)
    {
        var r = New("Notes");
        r.Set("Note_Title", Chance(0.8) ? Pick(V.TaskSubjects) : null);
        r.Set("Note_Content", Pick(V.Sentences));
        r.Set("Parent_Id", MaybeRef(Pick(NoteParentsSeeded), 1));
        Commit(r);
    }

    private static readonly string[] NoteParentsSeeded = ["Leads", "Contacts", "Accounts", "Deals"];

    /// <summary>Creation time of the record being built: the timeline advances by an equal step per record.</summary>
    private DateTimeOffset Now() => Truncate(EpochStart.AddSeconds(_created * _secondsPerRecord));

    private Draft New(string module) => new(_schema.FindModule(module)!, _layouts.For(module));

    private long Commit(Draft draft)
    {
        var module = draft.Module;
        var created = Now();
        var modified = Chance(0.6) ? created : Truncate(created.AddSeconds(_random.NextDouble() * (EpochEnd - created).TotalSeconds));
        var creator = _activeUsers[_random.Next(_activeUsers.Length)];
        draft.Set("Owner", Chance(0.4) ? StandardOrg.CurrentUserId : _activeUsers[_random.Next(_activeUsers.Length)]);
        draft.Set("Created_By", creator);
        draft.Set("Modified_By", modified == created ? creator : _activeUsers[_random.Next(_activeUsers.Length)]);
        draft.Set("Created_Time", created);
        draft.Set("Modified_Time", modified);
        foreach (var field in module.Fields)
        {
            if (field.DataType == FieldDataType.AutoNumber)
            {
                var key = AutoNumberKey(module.ApiName, field.ApiName);
                var next = _autoNumbers.TryGetValue(key, out var last) ? last + 1 : field.AutoNumberStart;
                _autoNumbers[key] = next;
                draft.Set(field.ApiName, DerivedFields.FormatAutoNumber(field, next));
            }
        }

        DerivedFields.Apply(module, draft.Layout, draft.Values);
        var id = RecordIdSequence.Id(++_sequence);
        _store.Put(new StoredRecord(module.ApiName, id, new RecordValues(draft.Layout, draft.Values)), modified);
        _created++;
        if (!_ids.TryGetValue(module.ApiName, out var ids))
        {
            _ids[module.ApiName] = ids = [];
        }

        ids.Add(id);
        return id;
    }

    /// <summary>The key under which an autonumber field's counter is kept: <c>Module.Field</c>.</summary>
    public static string AutoNumberKey(string module, string field) => module + "." + field;

    private object? MaybeRef(string module, double probability)
    {
        if (!_ids.TryGetValue(module, out var ids) || ids.Count == 0 || !Chance(probability))
        {
            return null;
        }

        return ids[_random.Next(ids.Count)];
    }

    /// <summary>An activity's What_Id: an account, a deal or a lead, or (one in five) nothing.</summary>
    private object? RelatedTo() => Chance(0.8) ? MaybeRef(Pick(ActivityParentsSeeded), 1) : null;

    private static readonly string[] ActivityParentsSeeded = ["Accounts", "Deals", "Leads"];

    private object? ValueOf(string module, long id, string field) => _store.Find(module, id)?[field];

    private string DisplayOf(string module, long id) =>
        Convert.ToString(_store.Find(module, id)?[_schema.FindModule(module)!.DisplayField], CultureInfo.InvariantCulture) ?? "";

    private void Address(Draft r, (string City, string State, string Country, string Prefix) place, string street, string city, string state, string zip, string country)
    {
        r.Set(street, $"{_random.Next(1, 250)} {Pick(V.Streets)}");
        r.Set(city, place.City);
        r.Set(state, place.State);
        r.Set(zip, _random.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture));
        r.Set(country, place.Country);
    }

    /// <summary>A company name; the few thousand combinations are built once and shared by every record using them.</summary>
    private string Company()
    {
        var key = (_random.Next(V.CompanyWords.Length) * V.CompanyKinds.Length + _random.Next(V.CompanyKinds.Length)) * V.CompanySuffixes.Length
            + _random.Next(V.CompanySuffixes.Length);
        if (!_companies.TryGetValue(key, out var name))
        {
            var suffix = key % V.CompanySuffixes.Length;
            var kind = key / V.CompanySuffixes.Length % V.CompanyKinds.Length;
            var word = key / V.CompanySuffixes.Length / V.CompanyKinds.Length;
            _companies[key] = name = $"{V.CompanyWords[word]} {V.CompanyKinds[kind]} {V.CompanySuffixes[suffix]}";
        }

        return name;
    }

    private string Domain(string company)
    {
        if (!_domains.TryGetValue(company, out var domain))
        {
            _domains[company] = domain = DomainOf(company);
        }

        return domain;
    }

    private static string DomainOf(string company)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Take(Math.Max(1, words.Length - 1)).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant()));
        return (name.Length == 0 ? "company" : name) + ".example";
    }

    private string Phone(string prefix) => $"{prefix} {_random.Next(100, 999)} {_random.Next(1000, 9999)}";

    private decimal Money(int min, int max) => decimal.Round(min + (decimal)_random.NextDouble() * (max - min), 2);

    private string[] Subset(string[] options, int min, int max)
    {
        var count = _random.Next(min, max + 1);
        return options.OrderBy(_ => _random.Next()).Take(count).OrderBy(o => Array.IndexOf(options, o)).ToArray();
    }

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private sealed class Draft(ModuleDefinition module, RecordLayout layout)
    {
        public ModuleDefinition Module { get; } = module;
        public RecordLayout Layout { get; } = layout;
        public object?[] Values { get; } = layout.NewValues();

        public void Set(string field, object? value) => Values[Layout.SlotOf(field)] = value;
    }
}
