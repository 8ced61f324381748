using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Coql;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Search;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary>The query engines over the seeded standard org: every field type the seed has, real lookups.</summary>
public class CoqlSeededOrgTests
{
    private EmulatorDomain _domain = null!;
    private CoqlEngine _coql = null!;
    private SearchEngine _search = null!;

    [OneTimeSetUp]
    public void CreateOrg()
    {
        _domain = EmulatorDomain.Create(new EmulatorDomainOptions { LeadCount = 300 }, new EmulatorClock());
        var settings = new EmulatorSettings { SelectColumnCap = 500 };
        _coql = new CoqlEngine(_domain.Schema, _domain.Records, _domain.Wire, settings);
        _search = new SearchEngine(_domain.Schema, _domain.Records, _domain.Wire, settings);
    }

    [OneTimeTearDown]
    public void DisposeOrg() => _domain.Dispose();

    private static IEnumerable<string> ApiModules() =>
        ["Leads", "Contacts", "Accounts", "Deals", "Products", "Vendors", "Campaigns", "Cases", "Tasks", "Calls", "Events", "Projects", "Price_Books"];

    [TestCaseSource(nameof(ApiModules))]
    public void Every_field_renders_as_the_wire_writer_renders_it_for_coql(string module)
    {
        var definition = _domain.Schema.FindModule(module)!;
        var fields = definition.Fields.Where(f => f.DataType != FieldDataType.MultiSelectLookup).ToList();
        var result = _coql.Execute($"select {string.Join(", ", fields.Select(f => f.ApiName))} from {module} where id is not null limit 60");
        var rows = JsonNode.Parse(result.ToJsonString())!["data"]!.AsArray();

        Assert.That(rows, Is.Not.Empty, $"the seed has {module}");
        foreach (var row in rows)
        {
            var record = _domain.Records.Find(module, long.Parse((string)row!["id"]!))!;
            foreach (var field in fields)
            {
                var expected = _domain.Wire.ToJson(field, record[field.ApiName], LookupStyle.Coql);
                Assert.That(QueryTestOrg.Text(row[field.ApiName]), Is.EqualTo(QueryTestOrg.Text(expected)), $"{module}.{field.ApiName} of {record.Id}");
            }
        }
    }

    [Test]
    public void Contacts_reach_their_account_and_its_parent()
    {
        var rows = JsonNode.Parse(_coql.Execute(
            "select Last_Name, Account_Name.Account_Name, Account_Name.Parent_Account.Account_Name, Owner.email from Contacts where Account_Name.Parent_Account is not null limit 5").ToJsonString())!["data"]!.AsArray();

        Assert.That(rows, Has.Count.EqualTo(5));
        foreach (var row in rows)
        {
            var contact = _domain.Records.Find("Contacts", long.Parse((string)row!["id"]!))!;
            var account = _domain.Records.Find("Accounts", (long)contact["Account_Name"]!)!;
            var parent = _domain.Records.Find("Accounts", (long)account["Parent_Account"]!)!;
            Assert.That((string?)row["Account_Name.Account_Name"], Is.EqualTo(account["Account_Name"]));
            Assert.That((string?)row["Account_Name.Parent_Account.Account_Name"], Is.EqualTo(parent["Account_Name"]));
        }
    }

    [Test]
    public void Deal_amounts_sum_per_stage_as_the_records_add_up()
    {
        var rows = JsonNode.Parse(_coql.Execute("select Stage, SUM(Amount), COUNT(Amount) from Deals where Amount is not null group by Stage").ToJsonString())!["data"]!.AsArray();
        var deals = _domain.Records.Scan("Deals").Where(d => d["Amount"] is decimal).ToList();

        Assert.That(rows.Sum(r => (long)r!["COUNT(Amount)"]!), Is.EqualTo(deals.Count));
        foreach (var row in rows)
        {
            var stage = (string?)row!["Stage"];
            var expected = deals.Where(d => Equals(d["Stage"], stage)).Sum(d => (decimal)d["Amount"]!);
            Assert.That((decimal)row["SUM(Amount)"]!, Is.EqualTo(expected), stage);
        }
    }

    [Test]
    public void Search_finds_a_seeded_lead_by_its_email()
    {
        var lead = _domain.Records.Scan("Leads").First(r => r["Email"] is string);
        var email = (string)lead["Email"]!;

        var byEmail = _search.Search("Leads", new SearchRequest { Email = email });
        var byCriteria = _search.Search("Leads", new SearchRequest { Criteria = $"(Email:equals:{email})" });

        Assert.That(byEmail.Ids, Does.Contain(lead.Id));
        Assert.That(byCriteria.Ids, Does.Contain(lead.Id));
    }
}
