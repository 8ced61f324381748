using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Tests.Records;

public class GetRecordsTests
{
    private EmulatorClock _clock = null!;
    private EmulatorDomain _org = null!;

    [SetUp]
    public void CreateOrg()
    {
        _clock = new EmulatorClock();
        _org = SmallOrg.Create(_clock);
    }

    [TearDown]
    public void DisposeOrg() => _org.Dispose();

    [Test]
    public void List_renders_the_requested_fields_then_the_id_newest_first_with_zohos_info_block()
    {
        var result = List(new RecordListRequest { Module = "Leads", Fields = "Last_Name,Owner,Modified_Time", PerPage = "2" });

        Assert.That(result.Status, Is.EqualTo(200));
        var rows = result.Body!["data"]!.AsArray();
        var newest = _org.Records.Scan("Leads")[^1];
        Assert.That(rows[0]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "Last_Name", "Owner", "Modified_Time", "id" }));
        Assert.That(rows[0]!["id"]!.GetValue<string>(), Is.EqualTo(newest.Id.ToString()));
        Assert.That(rows[0]!["Owner"]!["email"], Is.Not.Null);
        Assert.That(rows[0]!["Modified_Time"]!.GetValue<string>(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$"));
        var info = result.Body!["info"]!.AsObject();
        Assert.That(info.Select(p => p.Key), Is.EquivalentTo(new[]
        {
            "call", "per_page", "next_page_token", "count", "sort_by", "page", "previous_page_token", "page_token_expiry", "sort_order", "email", "more_records",
        }));
        Assert.That(info["count"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(info["sort_order"]!.GetValue<string>(), Is.EqualTo("desc"));
        Assert.That(info["more_records"]!.GetValue<bool>(), Is.True);
        Assert.That(info["next_page_token"]!.GetValue<string>(), Is.Not.Empty);
    }

    [Test]
    public void Fields_are_required_and_capped_at_fifty()
    {
        Assert.That(Error(new RecordListRequest { Module = "Leads" }).Code, Is.EqualTo("REQUIRED_PARAM_MISSING"));
        var many = string.Join(',', Enumerable.Repeat("Last_Name", 51));
        var error = Error(new RecordListRequest { Module = "Leads", Fields = many });
        Assert.That(error.Code, Is.EqualTo("LIMIT_EXCEEDED"));
        Assert.That(error.Details["limit"], Is.EqualTo(50));
    }

    [Test]
    public void Unknown_fields_are_an_error_in_strict_mode_and_ignored_in_lenient_mode()
    {
        Assert.That(Error(new RecordListRequest { Module = "Leads", Fields = "Last_Name,Nope" }).Details["api_name"], Is.EqualTo("Nope"));
        Assert.That(_org.Reader.List(new RecordListRequest { Module = "Leads", Fields = "Last_Name,Nope" }, strict: false).Status, Is.EqualTo(200));
    }

    [Test]
    public void Pages_cover_the_first_2000_records_then_page_token_is_needed()
    {
        var error = Error(new RecordListRequest { Module = "Leads", Fields = "Last_Name", Page = "11", PerPage = "200" });

        Assert.That(error.Code, Is.EqualTo("DISCRETE_PAGINATION_LIMIT_EXCEEDED"));
        Assert.That(error.Details["limit"], Is.EqualTo(2000));
        Assert.That(List(new RecordListRequest { Module = "Leads", Fields = "Last_Name", Page = "10", PerPage = "200" }).Status, Is.EqualTo(204),
            "page 10 is allowed; it is just empty in a small org");
    }

    [Test]
    public void Page_tokens_walk_every_record_once_even_when_records_are_added_between_pages()
    {
        var expected = _org.Records.Scan("Leads").Select(r => r.Id).Reverse().ToList();
        var request = new RecordListRequest { Module = "Leads", Fields = "Last_Name", PerPage = "7", SortOrder = "desc" };
        var seen = new List<long>();
        var result = List(request);
        var first = true;
        while (true)
        {
            seen.AddRange(result.Body!["data"]!.AsArray().Select(r => long.Parse(r!["id"]!.GetValue<string>())));
            if (first)
            {
                _org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "Newcomer" }));
                first = false;
            }

            var token = result.Body!["info"]!["next_page_token"]?.GetValue<string>();
            if (token is null)
            {
                break;
            }

            result = List(request with { PageToken = token });
        }

        Assert.That(seen, Is.EqualTo(expected), "newer records sort before the cursor, so the walk neither repeats nor skips");
    }

    [TestCase("Created_Time", "desc")]
    [TestCase("Modified_Time", "asc")]
    [TestCase("id", "asc")]
    public void Page_tokens_walk_time_sorted_lists_in_order(string sortBy, string sortOrder)
    {
        var request = new RecordListRequest { Module = "Leads", Fields = "Modified_Time,Created_Time", PerPage = "6", SortBy = sortBy, SortOrder = sortOrder };
        var seen = new List<(long Key, long Id)>();
        for (var result = List(request); ; )
        {
            seen.AddRange(result.Body!["data"]!.AsArray().Select(r =>
            {
                var id = long.Parse(r!["id"]!.GetValue<string>());
                var key = sortBy == "id" ? id : DateTimeOffset.Parse(r[sortBy]!.GetValue<string>()).UtcTicks;
                return (key, id);
            }));
            if (result.Body!["info"]!["next_page_token"]?.GetValue<string>() is not { } token)
            {
                break;
            }

            result = List(request with { PageToken = token });
        }

        Assert.That(seen, Has.Count.EqualTo(_org.Records.Count("Leads")));
        Assert.That(seen.Select(s => s.Id), Is.Unique);
        var expected = sortOrder == "asc" ? seen.OrderBy(s => s.Key).ThenBy(s => s.Id) : seen.OrderByDescending(s => s.Key).ThenByDescending(s => s.Id);
        Assert.That(seen, Is.EqualTo(expected.ToList()));
    }

    [Test]
    public void Page_tokens_are_bound_to_their_parameters_and_expire()
    {
        var request = new RecordListRequest { Module = "Leads", Fields = "Last_Name", PerPage = "5" };
        var token = List(request).Body!["info"]!["next_page_token"]!.GetValue<string>();

        Assert.That(Error(request with { PageToken = token, PerPage = "6" }).Code, Is.EqualTo("TOKEN_BOUND_DATA_MISMATCH"));
        Assert.That(Error(request with { PageToken = token, Page = "2" }).Code, Is.EqualTo("AMBIGUITY_DURING_PROCESSING"));
        Assert.That(Error(request with { PageToken = "nonsense" }).Code, Is.EqualTo("INVALID_DATA"));
        Assert.That(List(request with { PageToken = token }).Status, Is.EqualTo(200));
        _clock.Advance(TimeSpan.FromHours(25));
        Assert.That(Error(request with { PageToken = token }).Code, Is.EqualTo("EXPIRED_VALUE"));
    }

    [Test]
    public void Sort_by_modified_time_ascending_and_invalid_sort_names_the_supported_values()
    {
        var result = List(new RecordListRequest { Module = "Leads", Fields = "Modified_Time", SortBy = "Modified_Time", SortOrder = "asc", PerPage = "200" });

        var times = result.Body!["data"]!.AsArray().Select(r => DateTimeOffset.Parse(r!["Modified_Time"]!.GetValue<string>())).ToList();
        Assert.That(times, Is.Ordered.Ascending);
        var error = Error(new RecordListRequest { Module = "Leads", Fields = "Last_Name", SortBy = "Last_Name" });
        Assert.That(error.Details["param_name"], Is.EqualTo("sort_by"));
        Assert.That(error.Details["supported_values"], Is.EqualTo(new[] { "id", "Created_Time", "Modified_Time" }));
    }

    [Test]
    public void Ids_parameter_selects_records()
    {
        var ids = _org.Records.Scan("Leads").Take(3).Select(r => r.Id).ToList();

        var result = List(new RecordListRequest { Module = "Leads", Fields = "Last_Name", Ids = string.Join(",", ids) });

        Assert.That(result.Body!["data"]!.AsArray().Select(r => long.Parse(r!["id"]!.GetValue<string>())), Is.EquivalentTo(ids));
    }

    [TestCase("iso")]
    [TestCase("utc")]
    [TestCase("rfc1123")]
    public void If_modified_since_returns_only_later_changes_and_304_when_there_are_none(string format)
    {
        var since = _clock.UtcNow.AddSeconds(-1);
        string Header(DateTimeOffset t) => format switch
        {
            "iso" => t.ToOffset(TimeSpan.FromMinutes(330)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            "utc" => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            _ => t.ToString("r"),
        };
        var request = new RecordListRequest { Module = "Leads", Fields = "Last_Name", IfModifiedSince = Header(since) };

        Assert.That(List(request).Status, Is.EqualTo(304));
        _clock.Advance(TimeSpan.FromSeconds(5));
        var lead = _org.Records.Scan("Leads")[3].Id;
        _org.Writer.Update("Leads", SmallOrg.Records(new { First_Name = "Fresh" }), lead.ToString());

        var result = List(request);
        Assert.That(result.Status, Is.EqualTo(200));
        Assert.That(result.Body!["data"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()), Is.EqualTo(new[] { lead.ToString() }));
        Assert.That(Error(request with { IfModifiedSince = "yesterday" }).Code, Is.EqualTo("INVALID_DATA"));
    }

    [Test]
    public void Get_one_renders_every_field_and_answers_204_for_unknown_or_deleted_ids()
    {
        var contact = _org.Records.Scan("Contacts").First(r => r["Account_Name"] is long);

        var result = _org.Reader.Get("Contacts", contact.Id.ToString());

        var json = result.Body!["data"]![0]!.AsObject();
        var module = _org.Schema.FindModule("Contacts")!;
        Assert.That(json.Select(p => p.Key), Is.SupersetOf(module.Fields.Select(f => f.ApiName).Append("id")));
        Assert.That(json["Account_Name"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "name", "id" }));
        Assert.That(json["Account_Name"]!["name"]!.GetValue<string>(), Is.EqualTo(_org.Records.Find("Accounts", (long)contact["Account_Name"]!)!["Account_Name"]));
        Assert.That(_org.Reader.Get("Contacts", "6284150000099999999").Status, Is.EqualTo(204));
        _org.Writer.Delete("Contacts", [contact.Id.ToString()]);
        Assert.That(_org.Reader.Get("Contacts", contact.Id.ToString()).Status, Is.EqualTo(204));
        Assert.That(Assert.Throws<ZohoApiException>(() => _org.Reader.Get("Contacts", "abc"))!.Code, Is.EqualTo("INVALID_DATA"));
    }

    [Test]
    public void Unknown_module_is_invalid_module_with_the_path_index()
    {
        var error = Error(new RecordListRequest { Module = "NoSuchModule", Fields = "id" });

        Assert.That(error.Code, Is.EqualTo("INVALID_MODULE"));
        Assert.That(error.Message, Is.EqualTo("the module name given seems to be invalid"));
        Assert.That(error.Details["resource_path_index"], Is.EqualTo(0));
    }

    private RecordReadResult List(RecordListRequest request) => _org.Reader.List(request);

    private ZohoApiException Error(RecordListRequest request) => Assert.Throws<ZohoApiException>(() => _org.Reader.List(request))!;
}
