using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Coql;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Search;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary>
/// A hand-made org for the query engines: Accounts with a parent chain, Contacts and Leads with a field of each
/// filterable type, two users, and a module the API does not support. Values are chosen so each test can name
/// exactly which records must match.
/// </summary>
internal sealed class QueryTestOrg
{
    public const long Olivia = 1000000000000000001;
    public const long Marcus = 1000000000000000002;
    public const long Zylker = 1000000000000000100;
    public const long Northwind = 1000000000000000101;
    public const long Contoso = 1000000000000000102;
    public const long ContactBase = 1000000000000000200;
    public const long LeadBase = 1000000000000000300;

    public QueryTestOrg(EmulatorSettings? settings = null)
    {
        Settings = settings ?? new EmulatorSettings();
        Clock = new EmulatorClock();
        Schema = BuildSchema();
        Store = new RecordStore(Schema, Clock);
        Wire = new WireWriter(Schema, Store);
        Coql = new CoqlEngine(Schema, Store, Wire, Settings);
        Search = new SearchEngine(Schema, Store, Wire, Settings);
        Seed();
    }

    public EmulatorSettings Settings { get; }
    public EmulatorClock Clock { get; }
    public OrgSchema Schema { get; }
    public RecordStore Store { get; }
    public WireWriter Wire { get; }
    public CoqlEngine Coql { get; }
    public SearchEngine Search { get; }

    /// <summary>Runs a query and returns the parsed body; null for a 204.</summary>
    public JsonObject? Query(string query)
    {
        var result = Coql.Execute(query);
        return result.IsEmpty ? null : JsonNode.Parse(result.ToJsonString())!.AsObject();
    }

    public JsonArray Rows(string query) => Query(query)?["data"]!.AsArray() ?? [];

    /// <summary>The ids of the rows, as the last digits after the base, for compact assertions.</summary>
    public string[] Ids(string query) => Rows(query).Select(r => (string)r!["id"]!).ToArray();

    public ZohoApiException Error(string query) => Assert.Throws<ZohoApiException>(() => Coql.Execute(query))!;

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>JSON text as the emulator writes it (offsets keep their '+').</summary>
    public static string Text(JsonNode? node) => node?.ToJsonString(Relaxed) ?? "null";

    public static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Contact(int n) => Id(ContactBase + n);

    public static string Lead(int n) => Id(LeadBase + n);

    private static OrgSchema BuildSchema()
    {
        var fieldId = 100L;
        FieldDefinition Field(string name, FieldDataType type, string? lookup = null, params string[] picklist) => new()
        {
            ApiName = name,
            Id = fieldId++,
            DisplayLabel = name.Replace('_', ' '),
            DataType = type,
            LookupModule = lookup,
            PicklistValues = picklist.Select((p, i) => new PicklistOption(p, p, 9000 + fieldId * 10 + i, i + 1)).ToList(),
            Filterable = type != FieldDataType.Textarea,
            TextareaType = type == FieldDataType.Textarea ? "large" : null,
        };

        var accounts = new ModuleDefinition("Accounts", 1, "Account", "Accounts",
        [
            Field("Account_Name", FieldDataType.Text),
            Field("Parent_Account", FieldDataType.Lookup, "Accounts"),
            Field("Industry", FieldDataType.Picklist, null, "Technology", "Retail", "Manufacturing"),
            Field("Annual_Revenue", FieldDataType.Currency),
            Field("Employees", FieldDataType.Integer),
            Field("Owner", FieldDataType.OwnerLookup, "users"),
            Field("Description", FieldDataType.Textarea),
        ]) { DisplayField = "Account_Name" };
        var contacts = new ModuleDefinition("Contacts", 2, "Contact", "Contacts",
        [
            Field("First_Name", FieldDataType.Text),
            Field("Last_Name", FieldDataType.Text),
            Field("Email", FieldDataType.Email),
            Field("Phone", FieldDataType.Phone),
            Field("Account_Name", FieldDataType.Lookup, "Accounts"),
            Field("Owner", FieldDataType.OwnerLookup, "users"),
            Field("Languages", FieldDataType.MultiSelectPicklist, null, "English", "German", "French"),
            Field("Created_Time", FieldDataType.DateTime),
            Field("Date_of_Birth", FieldDataType.Date),
            Field("Email_Opt_Out", FieldDataType.Boolean),
            Field("External_Id", FieldDataType.BigInt),
            Field("Description", FieldDataType.Textarea),
        ]) { DisplayField = "Last_Name" };
        var leads = new ModuleDefinition("Leads", 3, "Lead", "Leads",
        [
            Field("Last_Name", FieldDataType.Text),
            Field("Company", FieldDataType.Text),
            Field("Email", FieldDataType.Email),
            Field("Lead_Source", FieldDataType.Picklist, null, "Advertisement", "Trade Show", "Web"),
            Field("Annual_Revenue", FieldDataType.Currency),
            Field("No_of_Employees", FieldDataType.Integer),
            Field("Rating", FieldDataType.Percent),
            Field("Owner", FieldDataType.OwnerLookup, "users"),
            Field("Website", FieldDataType.Website),
            Field("Created_Time", FieldDataType.DateTime),
            Field("Description", FieldDataType.Textarea),
        ]) { DisplayField = "Last_Name" };
        var notes = new ModuleDefinition("Notes", 4, "Note", "Notes", [Field("Note_Title", FieldDataType.Text)])
        {
            DisplayField = "Note_Title", ApiSupported = false,
        };
        var org = new OrgInfo
        {
            Id = 5, CompanyName = "Query Test Org", Zgid = "700000005", PrimaryEmail = "admin@query.example",
            TimeZone = "Europe/Berlin", UtcOffset = TimeSpan.FromHours(1),
        };
        var olivia = new UserDefinition
        {
            Id = Olivia, FirstName = "Olivia", LastName = "Hart", Email = "olivia.hart@query.example",
            RoleName = "CEO", RoleId = 71, ProfileName = "Administrator", ProfileId = 81, Zuid = "80412001", IsAdmin = true,
        };
        var marcus = new UserDefinition
        {
            Id = Marcus, FirstName = "Marcus", LastName = "Reed", Email = "marcus.reed@query.example",
            RoleName = "Manager", RoleId = 72, ProfileName = "Standard", ProfileId = 82, Zuid = "80412002",
        };
        return new OrgSchema(org, [accounts, contacts, leads, notes], [olivia, marcus], Olivia);
    }

    private void Seed()
    {
        var past = Clock.UtcNow.AddDays(-30);
        void Put(string module, long id, Dictionary<string, object?> values) => Store.Put(new StoredRecord(module, id, values), past);

        Put("Accounts", Zylker, new() { ["Account_Name"] = "Zylker", ["Industry"] = "Technology", ["Annual_Revenue"] = 5000000m, ["Employees"] = 120L, ["Owner"] = Olivia });
        Put("Accounts", Northwind, new() { ["Account_Name"] = "Northwind Traders", ["Parent_Account"] = Zylker, ["Industry"] = "Retail", ["Annual_Revenue"] = 750000.5m, ["Employees"] = 40L, ["Owner"] = Marcus });
        Put("Accounts", Contoso, new() { ["Account_Name"] = "Contoso Ltd", ["Parent_Account"] = Northwind, ["Industry"] = "Manufacturing", ["Owner"] = Marcus, ["Description"] = "Long\nnotes" });

        DateTimeOffset At(int day, int hour) => new(2025, 3, day, hour, 0, 0, TimeSpan.Zero);
        Put("Contacts", ContactBase + 1, new()
        {
            ["First_Name"] = "Marcus", ["Last_Name"] = "Hale", ["Email"] = "marcus.hale@northwind.example", ["Phone"] = "+1 555 0101",
            ["Account_Name"] = Northwind, ["Owner"] = Olivia, ["Languages"] = new[] { "English", "German" }, ["Created_Time"] = At(1, 9),
            ["Date_of_Birth"] = new DateOnly(1980, 5, 17), ["Email_Opt_Out"] = false, ["External_Id"] = 9000000000001L,
        });
        Put("Contacts", ContactBase + 2, new()
        {
            ["First_Name"] = "Lena", ["Last_Name"] = "Harper", ["Email"] = "lena.harper@contoso.example", ["Phone"] = "+1 555 0102",
            ["Account_Name"] = Contoso, ["Owner"] = Marcus, ["Languages"] = new[] { "French" }, ["Created_Time"] = At(2, 10),
            ["Date_of_Birth"] = new DateOnly(1992, 1, 3), ["Email_Opt_Out"] = true, ["External_Id"] = 9000000000002L,
        });
        Put("Contacts", ContactBase + 3, new()
        {
            ["First_Name"] = "Tom", ["Last_Name"] = "O'Brien", ["Email"] = "tom.obrien@zylker.example", ["Account_Name"] = Zylker,
            ["Owner"] = Olivia, ["Created_Time"] = At(3, 11), ["Email_Opt_Out"] = false, ["Description"] = "VIP",
        });
        Put("Contacts", ContactBase + 4, new()
        {
            ["Last_Name"] = "Ng", ["Email"] = "sales-team@ng.example", ["Owner"] = Marcus, ["Languages"] = new[] { "German", "English" },
            ["Created_Time"] = At(4, 12), ["Email_Opt_Out"] = false,
        });
        Put("Contacts", ContactBase + 5, new()
        {
            ["First_Name"] = "Ann", ["Last_Name"] = "Hale", ["Email"] = "ann.hale@zylker.example", ["Account_Name"] = Zylker,
            ["Owner"] = Olivia, ["Created_Time"] = At(5, 13), ["Date_of_Birth"] = new DateOnly(1980, 5, 17),
        });

        var sources = new[] { "Advertisement", "Trade Show", null, "Advertisement", "Web", "Trade Show", "Advertisement", null };
        var revenues = new decimal?[] { 100000m, 250000.5m, null, 50000m, 1200000m, 80000m, 300000m, 10m };
        var companies = new[] { "ABC Inc", "Becker Logistik GmbH", "Zylker", "Acme (Europe), Ltd", "Globex", "Initech", "ABC Holdings", "Umbrella" };
        for (var i = 0; i < 8; i++)
        {
            Put("Leads", LeadBase + i + 1, new()
            {
                ["Last_Name"] = $"Lead{i + 1}", ["Company"] = companies[i], ["Email"] = $"lead{i + 1}@leads.example",
                ["Lead_Source"] = sources[i], ["Annual_Revenue"] = revenues[i], ["No_of_Employees"] = (long)(10 * (i + 1)),
                ["Rating"] = 12.5m * i, ["Owner"] = i % 2 == 0 ? Olivia : Marcus, ["Website"] = $"https://lead{i + 1}.example",
                ["Created_Time"] = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i),
            });
        }
    }
}
