using System.Net;
using System.Security.Cryptography.X509Certificates;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Tests.Http;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Data.Logging;

namespace ZohoCrm.Data.Tests.Api;

/// <summary>The API client and pipeline against the emulator over real HTTP on 127.0.0.1.</summary>
[NonParallelizable]
public class EmulatorApiClientTests
{
    private ZohoCrmEmulator _emulator = null!;

    /// <summary>Stamps an access token (the OAuth handler's job in the product) and counts the requests that leave the pipeline.</summary>
    private sealed class StampingHandler(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + token);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Counts the attempts that reach the network, below the retry handler.</summary>
    private sealed class CountingNetwork : DelegatingHandler
    {
        private int _count;

        public CountingNetwork(HttpMessageHandler network) : base(network) { }

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [OneTimeSetUp]
    public async Task Start() => _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 50 });

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [SetUp]
    public void NoFaults() => _emulator.Settings.Faults = [];

    private static async Task<string> AccessTokenAsync(ZohoCrmEmulator emulator, HttpClient http)
    {
        using var response = await http.PostAsync(emulator.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = emulator.ClientId, ["client_secret"] = emulator.ClientSecret, ["refresh_token"] = emulator.RefreshToken,
        }));
        return (string)JObject.Parse(await response.Content.ReadAsStringAsync())["access_token"]!;
    }

    private async Task<(ZohoCrmApiClient Client, HttpClient Http, CountingNetwork Network)> ConnectAsync(ZohoCrmHttpOptions? options = null)
    {
        options ??= new ZohoCrmHttpOptions();
        options = options with { RetryBaseDelay = TimeSpan.FromMilliseconds(10) };
        var network = new CountingNetwork(ZohoCrmHttpPipeline.CreatePrimaryHandler(options, ZohoCrmLog.None));
        using var plain = new HttpClient(ZohoCrmHttpPipeline.CreatePrimaryHandler(options, ZohoCrmLog.None));
        var token = await AccessTokenAsync(_emulator, plain);
        var http = ZohoCrmHttpPipeline.CreateHttpClient(options, new StampingHandler(token), loggerFactory: null, network);
        return (new ZohoCrmApiClient(http, new Uri(_emulator.BaseUrl)), http, network);
    }

    [Test]
    public async Task Metadata_comes_back_mapped()
    {
        var (client, http, _) = await ConnectAsync();
        using var _http = http;

        var modules = await client.GetModulesAsync();
        var fields = await client.GetFieldsAsync("Leads");
        var users = await client.GetUsersAsync();

        Assert.That(modules.Select(m => m.ApiName), Does.Contain("Leads").And.Contain("Contacts"));
        Assert.That(fields.Single(f => f.ApiName == "Last_Name").SystemMandatory, Is.True);
        Assert.That(fields.Single(f => f.ApiName == "Owner").LookupModule, Is.EqualTo("users"));
        Assert.That(users, Is.Not.Empty);
    }

    [Test]
    public async Task Coql_rows_stream_from_the_emulator()
    {
        var (client, http, _) = await ConnectAsync();
        using var _http = http;

        await using var page = await client.ExecuteCoqlAsync("select Last_Name, Created_Time from Leads where id is not null order by id limit 7");
        var rows = new List<JObject>();
        while (await page.ReadAsync())
        {
            rows.Add(await page.ReadRecordAsync());
        }

        Assert.That(rows, Has.Count.EqualTo(7));
        Assert.That(rows.Select(r => r["Created_Time"]!.Type), Is.All.EqualTo(JTokenType.String), "datetimes are not turned into DateTime");
        Assert.That(page.Info!.Count, Is.EqualTo(7));
        Assert.That(page.Info.MoreRecords, Is.True);
    }

    [Test]
    public async Task Records_round_trip_through_insert_get_update_and_delete()
    {
        var (client, http, _) = await ConnectAsync();
        using var _http = http;

        var inserted = await client.InsertAsync("Leads", [TextRecord.Of(("Last_Name", "Roundtrip"), ("Company", "Http Tests")), TextRecord.Of(("Company", "No last name"))]);
        Assert.That(inserted.Select(r => r.Code), Is.EqualTo(new[] { "SUCCESS", "MANDATORY_NOT_FOUND" }));
        var id = inserted[0].Id!;

        var updated = await client.UpdateAsync("Leads", [TextRecord.WithId(id, ("Company", "Changed"))]);
        Assert.That(updated.Single().IsSuccess, Is.True);

        await using (var page = await client.GetRecordAsync("Leads", id))
        {
            Assert.That(await page.ReadAsync(), Is.True);
            Assert.That((string?)(await page.ReadRecordAsync())["Company"], Is.EqualTo("Changed"));
        }

        var deleted = await client.DeleteAsync("Leads", [id]);
        Assert.That(deleted.Single().IsSuccess, Is.True);
    }

    [Test]
    public async Task A_body_the_server_cuts_short_is_an_error_not_a_short_page()
    {
        var (client, http, _) = await ConnectAsync();
        using var _http = http;
        _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", TruncateRate = 1 }];

        var e = Assert.ThrowsAsync<ZohoCrmException>(async () =>
        {
            await using var page = await client.ExecuteCoqlAsync("select Last_Name from Leads where id is not null limit 40");
            while (await page.ReadAsync())
            {
                await page.ReadRecordAsync();
            }
        });

        Assert.That(e!.Code, Is.AnyOf("TRUNCATED_RESPONSE", "MALFORMED_RESPONSE"));
    }

    [Test]
    public async Task A_page_cut_short_on_every_attempt_is_asked_again_a_bounded_number_of_times_then_fails_as_truncated()
    {
        var (client, http, network) = await ConnectAsync();
        using var _http = http;
        _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", TruncateRate = 1 }];

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => client.ExecuteCoqlAsync("select Last_Name from Leads where id is not null limit 40"));

        Assert.That(e!.Code, Is.EqualTo("TRUNCATED_RESPONSE"));
        Assert.That(e.IsTransient, Is.True);
        Assert.That(network.Count, Is.EqualTo(new ZohoCrmHttpOptions().MaxAttempts));
    }

    [Test]
    public async Task A_read_whose_connection_drops_is_retried_a_bounded_number_of_times()
    {
        var (client, http, network) = await ConnectAsync();
        using var _http = http;
        _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", DropRate = 1 }];

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => client.ExecuteCoqlAsync("select Last_Name from Leads where id is not null limit 1"));

        Assert.That(e!.IsTransient, Is.True);
        Assert.That(network.Count, Is.EqualTo(new ZohoCrmHttpOptions().MaxAttempts));
    }

    [Test]
    public async Task An_insert_whose_connection_drops_is_sent_once_and_read_back()
    {
        var (client, http, network) = await ConnectAsync();
        using var _http = http;
        _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/Leads", Method = "POST", DropRate = 1 }];

        var result = (await client.InsertAsync("Leads", [TextRecord.Of(("Last_Name", "Once"))])).Single();

        Assert.That(result.Status, Is.EqualTo(ZohoCrmWriteStatus.NotWritten));
        // The insert, the token's user, one page of the records created since.
        Assert.That(network.Count, Is.EqualTo(3));
    }

    [Test]
    public async Task An_update_whose_answers_are_all_lost_is_unknown_after_the_bounded_attempts()
    {
        var (client, http, network) = await ConnectAsync();
        using var _http = http;
        var id = _emulator.Domain.Records.Scan("Leads")[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/Leads", Method = "PUT", LostAnswerRate = 1 }];

        var error = Assert.ThrowsAsync<ZohoCrmWriteException>(() => client.UpdateAsync("Leads", [TextRecord.WithId(id, ("Designation", "Lost"))]));

        Assert.That(error!.Results.Single().Status, Is.EqualTo(ZohoCrmWriteStatus.Unknown));
        Assert.That(error.Message, Does.Contain("Unknown (the answer was lost; read them back first): 0"));
        Assert.That(network.Count, Is.EqualTo(new ZohoCrmHttpOptions().MaxAttempts));
    }

    [Test]
    public async Task A_server_error_is_a_transient_ZohoCrmException_with_Zohos_code()
    {
        var (client, http, _) = await ConnectAsync();
        using var _http = http;
        _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/Leads/actions/count", ErrorRate = 1 }];

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => client.CountAsync("Leads"));

        Assert.That((e!.Code, e.StatusCode, e.IsTransient), Is.EqualTo(("INTERNAL_ERROR", (HttpStatusCode?)HttpStatusCode.InternalServerError, true)));
    }

    [Test]
    public async Task MaxConcurrency_keeps_parallel_queries_under_the_orgs_limit()
    {
        var (client, http, network) = await ConnectAsync(new ZohoCrmHttpOptions { MaxConcurrency = 2 });
        using var _http = http;
        var before = network.Count;
        _emulator.Settings.ConcurrencyLimit = 2;
        _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", LatencyMs = 50 }];
        try
        {
            var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                await using var page = await client.ExecuteCoqlAsync("select Last_Name from Leads where id is not null limit 3");
                var n = 0;
                while (await page.ReadAsync())
                {
                    n++;
                }

                return n;
            }));

            Assert.That(counts, Is.All.EqualTo(3));
            Assert.That(network.Count - before, Is.EqualTo(8), "no call was answered 429 and retried");
        }
        finally
        {
            _emulator.Settings.ConcurrencyLimit = null;
        }
    }

    [Test]
    public async Task A_pinned_certificate_lets_the_client_talk_to_an_https_emulator_and_another_does_not()
    {
        using var certificate = LocalTlsServer.CreateCertificate();
        using var other = LocalTlsServer.CreateCertificate("CN=other");
        await using var https = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 5, HttpsCertificate = certificate });
        Assert.That(https.BaseUrl, Does.StartWith("https://"));

        var pinned = new ZohoCrmHttpOptions { SslServerCert = certificate.ExportCertificatePem(), MaxAttempts = 1 };
        var wrong = pinned with { SslServerCert = Convert.ToHexString(other.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)) };
        using (var refused = ZohoCrmHttpPipeline.CreateHttpClient(wrong, new StampingHandler("none"), loggerFactory: null))
        {
            var e = Assert.ThrowsAsync<ZohoCrmException>(() => new ZohoCrmApiClient(refused, new Uri(https.BaseUrl)).CountAsync("Leads"));
            Assert.That(e!.InnerException, Is.InstanceOf<HttpRequestException>().With.Property("HttpRequestError").EqualTo(HttpRequestError.SecureConnectionError));
        }

        using var plain = new HttpClient(ZohoCrmHttpPipeline.CreatePrimaryHandler(pinned, ZohoCrmLog.None));
        var token = await AccessTokenAsync(https, plain);
        Assert.That(token, Is.Not.Empty, "the token call went over TLS with the pinned certificate");

        using var http = ZohoCrmHttpPipeline.CreateHttpClient(pinned, new StampingHandler(token), loggerFactory: null);
        var client = new ZohoCrmApiClient(http, new Uri(https.BaseUrl));
        Assert.That(await client.CountAsync("Leads"), Is.EqualTo(5));
    }
}
