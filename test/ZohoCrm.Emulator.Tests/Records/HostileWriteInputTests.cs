using System.Text;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Tests.Records;

/// <summary>Thousands of random bodies and parameters: each ends in per-record results or a Zoho error, never a crash.</summary>
public class HostileWriteInputTests
{
    private static readonly string[] Texts = ["", " ", "x", "'; drop table --", "\"quoted\"", "a,b", "(x:equals:y)", "\u0000", "Ω≈ç√", new string('z', 40_000), "2025-02-30", "2025-02-03T25:00:00Z", "NaN", "-0", "6284150000007000001", "true"];

    private EmulatorDomain _org = null!;

    [OneTimeSetUp]
    public void CreateOrg() => _org = SmallOrg.Create();

    [OneTimeTearDown]
    public void DisposeOrg() => _org.Dispose();

    [Test]
    public void Random_record_bodies_end_in_results_or_zoho_errors([Values(1, 2, 3)] int seed)
    {
        var random = new Random(seed);
        var ids = _org.Schema.Modules.SelectMany(m => _org.Records.Scan(m.ApiName).Take(3)).Select(r => r.Id).ToArray();
        for (var i = 0; i < 400; i++)
        {
            var module = _org.Schema.Modules[random.Next(_org.Schema.Modules.Count)];
            var records = new JsonArray();
            for (var r = random.Next(1, 4); r > 0; r--)
            {
                var record = new JsonObject();
                for (var f = random.Next(0, 6); f > 0; f--)
                {
                    var name = random.Next(8) == 0 ? Texts[random.Next(Texts.Length)] : module.Fields[random.Next(module.Fields.Count)].ApiName;
                    record[name] = Value(random, ids, depth: 0);
                }

                if (random.Next(3) == 0)
                {
                    record["id"] = Value(random, ids, depth: 0);
                }

                records.Add(random.Next(15) == 0 ? Value(random, ids, depth: 0) : record);
            }

            var body = new JsonObject { ["data"] = records };
            if (random.Next(4) == 0)
            {
                body["duplicate_check_fields"] = new JsonArray(JsonValue.Create(module.Fields[random.Next(module.Fields.Count)].ApiName));
            }

            var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
            if (random.Next(5) == 0)
            {
                bytes = bytes.Take(random.Next(bytes.Length)).ToArray();
            }

            var strict = random.Next(2) == 0;
            Survives(() =>
            {
                var request = RecordWriteRequest.Parse(bytes);
                var result = random.Next(3) switch
                {
                    0 => _org.Writer.Insert(module.ApiName, request, strict),
                    1 => _org.Writer.Update(module.ApiName, request, random.Next(4) == 0 ? Texts[random.Next(Texts.Length)] : null, null, strict),
                    _ => _org.Writer.Upsert(module.ApiName, request, strict),
                };
                Assert.That(result.Results, Has.Count.EqualTo(request.Records.Count));
                Assert.That(result.HttpStatus, Is.AnyOf(200, 201, 207, 400, 412));
                _ = result.ToJson().ToJsonString();
            });
        }
    }

    [Test]
    public void Random_list_parameters_end_in_pages_or_zoho_errors([Values(1, 2)] int seed)
    {
        var random = new Random(seed);
        string? Maybe(params string[] choices) => random.Next(3) == 0 ? null : random.Next(4) == 0 ? Texts[random.Next(Texts.Length)] : choices[random.Next(choices.Length)];
        for (var i = 0; i < 400; i++)
        {
            var request = new RecordListRequest
            {
                Module = Maybe("Leads", "Contacts", "Projects", "leads") ?? "Leads",
                Fields = Maybe("Last_Name", "Name,Budget,Technologies", "id", ",,,", "Owner,Created_Time"),
                Page = Maybe("1", "2", "0", "10", "99999999999"),
                PerPage = Maybe("1", "200", "201", "-1"),
                PageToken = Maybe("abc"),
                SortBy = Maybe("id", "Created_Time", "modified_time", "Email"),
                SortOrder = Maybe("asc", "DESC", "up"),
                Ids = Maybe("6284150000007000001", "1,2,3", "abc"),
                IfModifiedSince = Maybe("2024-01-01T00:00:00Z", "Sat, 01 Jan 2022 00:00:00 GMT", "yesterday"),
            };
            Survives(() => Assert.That(_org.Reader.List(request, strict: random.Next(2) == 0).Status, Is.AnyOf(200, 204, 304)));
        }
    }

    [Test]
    public void Random_delete_ids_end_in_results_or_zoho_errors()
    {
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var ids = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Texts[random.Next(Texts.Length)]).ToList();
            Survives(() => Assert.That(_org.Writer.Delete("Cases", ids).Results, Has.Count.EqualTo(ids.Count)));
        }
    }

    private static void Survives(Action action)
    {
        try
        {
            action();
        }
        catch (ZohoApiException e)
        {
            Assert.That(e.HttpStatus, Is.InRange(400, 499), e.Code);
            Assert.That(e.Code, Is.Not.Empty);
        }
    }

    private static JsonNode? Value(Random random, long[] ids, int depth) => random.Next(depth > 2 ? 9 : 12) switch
    {
        0 => null,
        1 => JsonValue.Create(Texts[random.Next(Texts.Length)]),
        2 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-5, 30))),
        4 => JsonValue.Create(random.Next(2) == 0),
        5 => JsonValue.Create(ids[random.Next(ids.Length)].ToString()),
        6 => JsonValue.Create(decimal.MaxValue),
        7 => JsonNode.Parse("1e400"),
        8 => JsonValue.Create(long.MinValue),
        9 => new JsonObject { ["id"] = Value(random, ids, depth + 1) },
        10 => new JsonArray(Value(random, ids, depth + 1), Value(random, ids, depth + 1)),
        _ => new JsonObject { ["name"] = "x", ["nested"] = Value(random, ids, depth + 1) },
    };
}
