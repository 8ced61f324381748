using System.Text;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Seeding;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Tests.Records;

/// <summary>A seeded org with a few records per module, for fast writer tests.</summary>
internal static class SmallOrg
{
    public static readonly SeedCounts Counts = new()
    {
        Vendors = 5, Products = 10, Campaigns = 5, Accounts = 20, Contacts = 30, Leads = 40, Deals = 15, Cases = 10,
        Projects = 10, Tasks = 10, Calls = 10, Events = 10, Notes = 10,
    };

    public static EmulatorDomain Create(EmulatorClock? clock = null, string? dataDirectory = null) =>
        EmulatorDomain.Create(new EmulatorDomainOptions { Counts = Counts, DataDirectory = dataDirectory }, clock ?? new EmulatorClock());

    public static RecordWriteRequest Body(string json) => RecordWriteRequest.Parse(Encoding.UTF8.GetBytes(json));

    public static RecordWriteRequest Records(params object[] records) =>
        Body(new JsonObject { ["data"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(records)) }.ToJsonString());

    public static JsonObject Json(this RecordWriteResult result) => result.ToJson();
}
