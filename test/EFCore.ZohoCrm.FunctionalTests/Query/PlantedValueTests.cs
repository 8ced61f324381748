using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Records;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Queries over values planted in an org of their own: values with backslashes, quotes and wildcards (which Zoho can
/// only be sent narrowed by their plain text, then re-checked), compared with LINQ-to-Objects over the same records.
/// </summary>
[NonParallelizable]
public class PlantedValueTests
{
    private static readonly string[] PlantedCompanies =
    [
        "\\'", "O'Brien\\", "O'Brien\\ & Sons", "a\\b", "\\", "\\\\", "50%", "%", "under_score", "it's 100\\% done",
    ];

    private ZohoCrmEmulator _emulator = null!;

    [OneTimeSetUp]
    public async Task PlantAsync()
    {
        _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 60 });
        var leads = _emulator.Domain.Records.Scan("Leads").Take(PlantedCompanies.Length * 2).ToList();
        for (var i = 0; i < leads.Count; i++)
        {
            // Each value twice, so a match is more than one row.
            var values = new Dictionary<string, object?>(leads[i].Values) { ["Company"] = PlantedCompanies[i % PlantedCompanies.Length] };
            _emulator.Domain.Records.Put(new StoredRecord("Leads", leads[i].Id, values));
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    private CrmQueryContext Create() => new(EmulatorOrg.ConnectionStringOf(_emulator));

    private List<Lead> Leads => EmulatorOrg.Expected<Lead, CrmQueryContext>(_emulator, Create);

    public static IEnumerable<string> Narrowable() => ["\\'", "O'Brien\\", "a\\b", "it's 100\\% done", "50%", "under_score", "no such \\ value"];

    [TestCaseSource(nameof(Narrowable))]
    public async Task Equality_with_a_value_Zoho_cannot_be_sent_is_narrowed_and_matches_LINQ_to_Objects(string value)
    {
        await using var db = Create();
        var expected = Leads.Where(l => l.Company == value).Select(l => l.Id).ToList();

        var asParameter = await db.Leads.Where(l => l.Company == value).Select(l => l.Id).ToListAsync();
        var asLiteral = await db.Leads.Where(l => l.Company == EF.Constant(value)).Select(l => l.Id).ToListAsync();

        Assert.That(asParameter, Is.EquivalentTo(expected));
        Assert.That(asLiteral, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task One_hostile_value_in_an_IN_list_keeps_the_list_on_Zoho_and_matches_LINQ_to_Objects()
    {
        await using var db = Create();
        var plain = Leads.First(l => l.Company is { } c && !PlantedCompanies.Contains(c)).Company!;
        string[] companies = [plain, "\\'", "a\\b"];
        var expected = Leads.Where(l => companies.Contains(l.Company)).Select(l => l.Id).ToList();
        Assert.That(expected, Has.Count.GreaterThan(4));

        var actual = await db.Leads.Where(l => companies.Contains(l.Company)).Select(l => l.Id).ToListAsync();

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    public static IEnumerable<TestCaseData> Unnarrowable()
    {
        yield return new TestCaseData("\\", false).SetArgDisplayNames("Backslash_equality");
        yield return new TestCaseData("\\\\", false).SetArgDisplayNames("Two_backslashes_equality");
        yield return new TestCaseData("%", true).SetArgDisplayNames("Contains_percent");
        yield return new TestCaseData("_\\%", true).SetArgDisplayNames("Contains_wildcards_and_backslash");
    }

    [TestCaseSource(nameof(Unnarrowable))]
    public async Task A_value_with_no_plain_text_is_refused_alike_as_a_literal_or_a_parameter_before_any_call(string value, bool contains)
    {
        await using var db = Create();
        await db.Leads.Take(1).ToListAsync(); // token and metadata first
        var before = await EmulatorOrg.LastRequestSeqAsync(_emulator);

        var asParameter = Assert.CatchAsync<ZohoCrmQueryException>(() => contains
            ? db.Leads.Where(l => l.Company!.Contains(value)).ToListAsync()
            : db.Leads.Where(l => l.Company == value).ToListAsync());
        var asLiteral = Assert.CatchAsync<ZohoCrmQueryException>(() => contains
            ? db.Leads.Where(l => l.Company!.Contains(EF.Constant(value))).ToListAsync()
            : db.Leads.Where(l => l.Company == EF.Constant(value)).ToListAsync());

        Assert.That(asParameter!.GetType(), Is.EqualTo(asLiteral!.GetType()));
        Assert.That(asParameter.Refusal, Is.Not.Null);
        Assert.That(asLiteral.Refusal, Is.Not.Null);
        Assert.That(asParameter.Message, Does.Contain("no plain text"));
        Assert.That(asLiteral.Message, Does.Contain("no plain text"));
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(_emulator, before), Is.Empty);
    }
}
