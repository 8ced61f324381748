using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Records;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Queries over values planted in an org of their own: values with backslashes, quotes and wildcards (which Zoho can
/// only be sent narrowed by their plain text, then re-checked) and names in mixed case (for the case-insensitive
/// idioms), compared with LINQ-to-Objects over the same records.
/// </summary>
[NonParallelizable]
public class PlantedValueTests
{
    private static readonly string[] PlantedCompanies =
    [
        "\\'", "O'Brien\\", "O'Brien\\ & Sons", "a\\b", "\\", "\\\\", "50%", "%", "under_score", "it's 100\\% done",
    ];

    private static readonly string[] PlantedLastNames = ["McDonald", "mcdonald", "MCDONALD", "McDonald-Smith", "Zylker"];

    private ZohoCrmEmulator _emulator = null!;

    [OneTimeSetUp]
    public async Task PlantAsync()
    {
        _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 80 });
        var leads = _emulator.Domain.Records.Scan("Leads").ToList();
        string[] companies = [.. PlantedCompanies, "ZyLker Corp", "zylker corp", "ZYLKER CORP"];
        for (var i = 0; i < companies.Length * 2; i++)
        {
            // Each value twice, so a match is more than one row.
            var values = new Dictionary<string, object?>(leads[i].Values) { ["Company"] = companies[i % companies.Length] };
            _emulator.Domain.Records.Put(new StoredRecord("Leads", leads[i].Id, values));
        }

        for (var i = 0; i < PlantedLastNames.Length * 2; i++)
        {
            var lead = leads[companies.Length * 2 + i];
            var values = new Dictionary<string, object?>(lead.Values) { ["Last_Name"] = PlantedLastNames[i % PlantedLastNames.Length] };
            _emulator.Domain.Records.Put(new StoredRecord("Leads", lead.Id, values));
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
        // A company planted once in one case only: IN compares as Zoho's '=' does, ignoring case.
        var plain = Leads.First(l => l.Company is { } c && !PlantedCompanies.Contains(c) && !c.Contains("lker", StringComparison.OrdinalIgnoreCase)).Company!;
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

    // ---------------------------------------------------------------- case-insensitive idioms (Zoho compares text ignoring case)

    public static IEnumerable<TestCaseData> CaseInsensitiveIdioms()
    {
        var name = "mcdonald";
        var upper = "MCDONALD";
        var term = "DONALD";
        yield return Idiom("ToUpper_equals_constant", l => l.Last_Name.ToUpper() == "MCDONALD");
        yield return Idiom("ToUpper_equals_parameter", l => l.Last_Name.ToUpper() == upper);
        yield return Idiom("Constant_equals_ToUpper", l => "MCDONALD" == l.Last_Name.ToUpper());
        yield return Idiom("ToUpper_equals_ToUpper_of_parameter", l => l.Last_Name.ToUpper() == name.ToUpper());
        yield return Idiom("ToUpper_equals_a_value_not_in_upper_case", l => l.Last_Name.ToUpper() == "McDonald");
        yield return Idiom("ToLower_Contains_ToLower", l => l.Last_Name.ToLower().Contains(term.ToLower()));
        yield return Idiom("ToLower_StartsWith", l => l.Company!.ToLower().StartsWith("zylker"));
        yield return Idiom("ToLower_in_a_list", l => new[] { "mcdonald", "zylker" }.Contains(l.Last_Name.ToLower()));
        yield return Idiom("String_Equals_OrdinalIgnoreCase", l => string.Equals(l.Last_Name, name, StringComparison.OrdinalIgnoreCase));
        yield return Idiom("Instance_Equals_InvariantCultureIgnoreCase", l => l.Last_Name.Equals(upper, StringComparison.InvariantCultureIgnoreCase));
        yield return Idiom("Contains_OrdinalIgnoreCase", l => l.Company!.Contains("LKER c", StringComparison.OrdinalIgnoreCase));
        yield return Idiom("StartsWith_OrdinalIgnoreCase", l => l.Last_Name.StartsWith("MCD", StringComparison.OrdinalIgnoreCase));
        yield return Idiom("EndsWith_CurrentCultureIgnoreCase", l => l.Company!.EndsWith("CORP", StringComparison.CurrentCultureIgnoreCase));
    }

    [TestCaseSource(nameof(CaseInsensitiveIdioms))]
    public async Task Case_insensitive_idioms_run_on_Zoho_and_match_LINQ_to_Objects(System.Linq.Expressions.Expression<Func<Lead, bool>> predicate)
    {
        await using var db = Create();
        var expected = Leads.AsQueryable().Where(l => l.Company != null).Where(predicate).Select(l => l.Id).ToList();

        var actual = await db.Leads.Where(l => l.Company != null).Where(predicate).Select(l => l.Id).ToListAsync();

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    // Case-sensitive ordinal comparisons: Zoho gets its case-insensitive comparison (a superset) and the client keeps
    // the rows whose case matches exactly.
    public static IEnumerable<TestCaseData> OrdinalIdioms()
    {
        var name = "McDonald";
        yield return Idiom("String_Equals_Ordinal_constant", l => string.Equals(l.Last_Name, "McDonald", StringComparison.Ordinal));
        yield return Idiom("String_Equals_Ordinal_value_first", l => string.Equals("MCDONALD", l.Last_Name, StringComparison.Ordinal));
        yield return Idiom("String_Equals_Ordinal_parameter", l => string.Equals(l.Last_Name, name, StringComparison.Ordinal));
        yield return Idiom("Instance_Equals_Ordinal_parameter", l => l.Last_Name.Equals(name, StringComparison.Ordinal));
        yield return Idiom("Instance_Equals_Ordinal_no_exact_match", l => l.Last_Name.Equals("MCDonald", StringComparison.Ordinal));
        yield return Idiom("Contains_Ordinal", l => l.Company!.Contains("Lker C", StringComparison.Ordinal));
        yield return Idiom("StartsWith_Ordinal", l => l.Last_Name.StartsWith("Mc", StringComparison.Ordinal));
        yield return Idiom("EndsWith_Ordinal", l => l.Company!.EndsWith("CORP", StringComparison.Ordinal));
    }

    [TestCaseSource(nameof(OrdinalIdioms))]
    public async Task Ordinal_comparisons_are_pushed_ignoring_case_rechecked_and_match_LINQ_to_Objects(
        System.Linq.Expressions.Expression<Func<Lead, bool>> predicate)
    {
        await using var db = Create();
        var expected = Leads.AsQueryable().Where(l => l.Company != null).Where(predicate).Select(l => l.Id).ToList();

        var actual = await db.Leads.Where(l => l.Company != null).Where(predicate).Select(l => l.Id).ToListAsync();

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public void The_mixed_case_values_are_planted()
    {
        Assert.That(Leads.Count(l => string.Equals(l.Last_Name, "McDonald", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(6));
        Assert.That(Leads.Count(l => l.Last_Name.ToUpper() == "MCDONALD"), Is.GreaterThan(Leads.Count(l => l.Last_Name == "MCDONALD")));
    }

    [Test]
    public async Task EF_Functions_Like_is_Zohos_LIKE_which_ignores_case()
    {
        await using var db = Create();
        var expected = Leads.Where(l => l.Last_Name.StartsWith("mcd", StringComparison.OrdinalIgnoreCase)).Select(l => l.Id).ToList();
        Assert.That(expected, Is.Not.Empty);

        var actual = await db.Leads.Where(l => EF.Functions.Like(l.Last_Name, "mcd%")).Select(l => l.Id).ToListAsync();

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Case_functions_where_Zoho_cannot_use_them_are_refused_with_a_Zoho_sentence()
    {
        await using var db = Create();
        var grouping = Assert.CatchAsync<InvalidOperationException>(
            () => db.Leads.GroupBy(l => l.Last_Name.ToUpper()).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.That(grouping!.Message, Does.Contain("could not be translated").And.Contain("COQL"));

        var substring = Assert.CatchAsync<InvalidOperationException>(() => db.Leads.Where(l => l.Last_Name.Substring(0, 1) == "M").ToListAsync());
        Assert.That(substring!.Message, Does.Contain("Substring").And.Contain("Zoho CRM"));

        var caseSensitive = Assert.CatchAsync<InvalidOperationException>(
            () => db.Leads.Where(l => string.Equals(l.Last_Name, "McDonald", StringComparison.CurrentCulture)).ToListAsync());
        Assert.That(caseSensitive!.Message, Does.Contain("Zoho CRM compares text ignoring case"));
    }

    private static TestCaseData Idiom(string name, System.Linq.Expressions.Expression<Func<Lead, bool>> predicate) =>
        new TestCaseData(predicate).SetArgDisplayNames(name);
}
