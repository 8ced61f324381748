using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EFCore.ZohoCrm.Benchmarks.EndToEnd;

/// <summary>
/// (c) The client a careful developer writes by hand: one <see cref="HttpClient"/>, one OAuth refresh, the fewest
/// requests (COQL with LIMIT 2,000 pages, <c>where id is not null</c> when there is no filter, writes of 100 records a
/// call, one after another), Newtonsoft into POCOs. No retries, no limiter, no metadata.
/// </summary>
public sealed class HandWrittenVariant : E2eVariant
{
    private const string SelectLeads = "select " + LeadColumns + " from Leads";
    private static readonly JsonSerializer Json = JsonSerializer.CreateDefault(new JsonSerializerSettings
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    });

    private readonly HttpClient _http;
    private readonly string _apiDomain;

    private HandWrittenVariant(HttpClient http, string apiDomain)
    {
        _http = http;
        _apiDomain = apiDomain;
    }

    /// <summary>Refreshes the access token once and keeps it on the client.</summary>
    public static async Task<HandWrittenVariant> ConnectAsync(HttpMessageHandler handler, string accountsServer, string clientId, string clientSecret, string refreshToken)
    {
        var http = new HttpClient(handler, disposeHandler: false);
        using var response = await http.PostAsync(new Uri(accountsServer + "/oauth/v2/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = clientId, ["client_secret"] = clientSecret, ["refresh_token"] = refreshToken,
        }));
        response.EnsureSuccessStatusCode();
        var token = JObject.Parse(await response.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", (string)token["access_token"]!);
        return new HandWrittenVariant(http, (string?)token["api_domain"] ?? accountsServer);
    }

    public override async Task<int> PointLookupAsync(long id) =>
        (await CoqlAsync<E2eLead>(SelectLeads + " where id = " + id.ToString(CultureInfo.InvariantCulture) + " limit 1")).Data.Count;

    public override async Task<int> FilteredPageAsync() =>
        (await CoqlAsync<E2eLead>(SelectLeads + " where Lead_Status = 'Contacted' order by Last_Name limit 10")).Data.Count;

    public override Task<int> ReadLeadsAsync(int count) => ReadLeadPagesAsync(count, keep: true);

    public override Task<int> StreamLeadsAsync(int count) => ReadLeadPagesAsync(count, keep: false);

    private async Task<int> ReadLeadPagesAsync(int count, bool keep)
    {
        // Keyset on id: the same request for every page, and no 100,000-row offset window to run into.
        var leads = new List<E2eLead>(keep ? count : 0);
        var rows = 0;
        var condition = "id is not null";
        while (rows < count)
        {
            var limit = Math.Min(2000, count - rows);
            var page = await CoqlAsync<E2eLead>(SelectLeads + " where " + condition + " order by id limit " + limit.ToString(CultureInfo.InvariantCulture));
            rows += page.Data.Count;
            if (keep)
            {
                leads.AddRange(page.Data);
            }

            if (!page.Info.More_Records || page.Data.Count == 0)
            {
                break;
            }

            condition = "id > " + page.Data[^1].Id.ToString(CultureInfo.InvariantCulture);
        }

        return rows;
    }

    public override async Task<int> CountAsync()
    {
        var page = await CoqlAsync<JObject>("select COUNT(id) from Leads where Lead_Status = 'Contacted'");
        return (long)page.Data[0]["COUNT(id)"]! >= 0 ? 1 : 0;
    }

    public override async Task<int> GroupByAsync() =>
        (await CoqlAsync<JObject>("select Lead_Status, COUNT(id) from Leads where id is not null group by Lead_Status")).Data.Count;

    public override async Task<int> IncludeAccountAsync()
    {
        var page = await CoqlAsync<ContactRow>("select " + ContactColumns + ", Account_Name.Account_Name from Contacts where id is not null order by id limit 1000");
        var contacts = page.Data.Select(row => new E2eContact
        {
            Id = row.Id, Last_Name = row.Last_Name, Email = row.Email, Description = row.Description, AccountId = row.Account?.Id,
            Account = row.Account is { } account ? new E2eAccount { Id = account.Id, Account_Name = row.AccountName ?? "" } : null,
        }).ToList();
        return contacts.Count;
    }

    public override async Task<int> InsertAsync(string tag)
    {
        var written = 0;
        foreach (var batch in NewLeads(tag).Chunk(100))
        {
            written += await WriteAsync(HttpMethod.Post, batch.Select(l => new { Last_Name = l.LastName, l.Company }));
        }

        return written;
    }

    public override async Task<int> UpdateAsync(IReadOnlyList<long> ids, string value)
    {
        var written = 0;
        foreach (var batch in ids.Chunk(100))
        {
            written += await WriteAsync(HttpMethod.Put, batch.Select(id => new { id = id.ToString(CultureInfo.InvariantCulture), Designation = value }));
        }

        return written;
    }

    public override async Task<int> IncludeContactsAsync()
    {
        var accounts = new Dictionary<long, E2eAccount>();
        await foreach (var account in ReadAllAsync<E2eAccount>("select Account_Name from Accounts where id is not null order by id"))
        {
            accounts.Add(account.Id, account);
        }

        var contacts = 0;
        await foreach (var row in ReadAllAsync<ContactRow>("select " + ContactColumns + " from Contacts where Account_Name is not null order by id"))
        {
            if (row.Account is { } lookup && accounts.TryGetValue(lookup.Id, out var account))
            {
                account.Contacts.Add(new E2eContact
                {
                    Id = row.Id, Last_Name = row.Last_Name, Email = row.Email, Description = row.Description, AccountId = account.Id, Account = account,
                });
                contacts++;
            }
        }

        return accounts.Count + contacts;
    }

    public override async Task<int> SearchAsync(string description)
    {
        // Search's equals matches words, so every record it returns is compared again; pages of 200, at most 2,000 records.
        var criteria = "(Description:equals:" + description.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal)
            .Replace(")", "\\)", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal) + ")";
        var contacts = new List<E2eContact>();
        for (var page = 1; page <= 10; page++)
        {
            var uri = _apiDomain + "/crm/v8/Contacts/search?criteria=" + Uri.EscapeDataString(criteria)
                + "&fields=" + Uri.EscapeDataString(ContactColumns.Replace(" ", "", StringComparison.Ordinal))
                + "&per_page=200&page=" + page.ToString(CultureInfo.InvariantCulture);
            using var response = await _http.GetAsync(new Uri(uri), HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode == System.Net.HttpStatusCode.NoContent)
            {
                break;
            }

            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync();
            using var reader = new JsonTextReader(new StreamReader(stream));
            var result = Json.Deserialize<CoqlPage<ContactRow>>(reader)!;
            contacts.AddRange(result.Data.Where(r => r.Description == description).Select(r => new E2eContact
            {
                Id = r.Id, Last_Name = r.Last_Name, Email = r.Email, Description = r.Description, AccountId = r.Account?.Id,
            }));
            if (!result.Info.More_Records)
            {
                break;
            }
        }

        return contacts.Count;
    }

    public override ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async IAsyncEnumerable<T> ReadAllAsync<T>(string query)
    {
        for (var offset = 0; ; offset += 2000)
        {
            var page = await CoqlAsync<T>(query + " limit " + offset.ToString(CultureInfo.InvariantCulture) + ", 2000");
            foreach (var row in page.Data)
            {
                yield return row;
            }

            if (!page.Info.More_Records)
            {
                yield break;
            }
        }
    }

    private async Task<CoqlPage<T>> CoqlAsync<T>(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _apiDomain + "/crm/v8/coql")
        {
            Content = new StringContent(JsonConvert.SerializeObject(new { select_query = query }), Encoding.UTF8, "application/json"),
        };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            return new CoqlPage<T>();
        }

        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = new JsonTextReader(new StreamReader(stream));
        return Json.Deserialize<CoqlPage<T>>(reader)!;
    }

    private async Task<int> WriteAsync(HttpMethod method, IEnumerable<object> records)
    {
        using var request = new HttpRequestMessage(method, _apiDomain + "/crm/v8/Leads")
        {
            Content = new StringContent(JsonConvert.SerializeObject(new { data = records }), Encoding.UTF8, "application/json"),
        };
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var answer = JObject.Parse(await response.Content.ReadAsStringAsync());
        return answer["data"]!.Count(r => (string?)r["status"] == "success");
    }

    private sealed class CoqlPage<T>
    {
        public List<T> Data { get; set; } = [];

        public PageInfo Info { get; set; } = new();
    }

    private sealed class PageInfo
    {
        public int Count { get; set; }

        public bool More_Records { get; set; }
    }

    private sealed class IdRef
    {
        [JsonProperty("id")]
        public long Id { get; set; }
    }

    private sealed class ContactRow
    {
        [JsonProperty("id")]
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        public string? Email { get; set; }

        public string? Description { get; set; }

        [JsonProperty("Account_Name")]
        public IdRef? Account { get; set; }

        [JsonProperty("Account_Name.Account_Name")]
        public string? AccountName { get; set; }
    }
}
