using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace ZohoCrm.Data.Tests.Execution;

/// <summary>
/// A MockHttp Zoho for unit tests of the executor: Leads and Accounts metadata, and COQL/Search answered by a callback
/// that sees the exact request. Every COQL query and Search criteria sent is recorded.
/// </summary>
internal sealed class FakeZohoApi : IDisposable
{
    public const string Api = "http://zoho.test";

    private static readonly string Modules = """
        {"modules":[{"api_name":"Leads","singular_label":"Lead","plural_label":"Leads","generated_type":"default","api_supported":true},
                    {"api_name":"Accounts","singular_label":"Account","plural_label":"Accounts","generated_type":"default","api_supported":true}]}
        """;

    private static readonly string LeadFields = """
        {"fields":[
          {"api_name":"Last_Name","data_type":"text","length":80,"system_mandatory":true},
          {"api_name":"Company","data_type":"text","length":200},
          {"api_name":"Email","data_type":"email"},
          {"api_name":"Lead_Status","data_type":"picklist","pick_list_values":[{"actual_value":"Hot"},{"actual_value":"Cold"}]},
          {"api_name":"Annual_Revenue","data_type":"currency","decimal_place":2},
          {"api_name":"No_of_Employees","data_type":"integer"},
          {"api_name":"Email_Opt_Out","data_type":"boolean"},
          {"api_name":"Description","data_type":"textarea","filterable":false,"textarea":{"type":"large"}},
          {"api_name":"Languages","data_type":"multiselectpicklist"},
          {"api_name":"Owner","data_type":"ownerlookup"},
          {"api_name":"Account","data_type":"lookup","lookup":{"module":{"api_name":"Accounts","id":"1"}}},
          {"api_name":"Created_Time","data_type":"datetime","read_only":true},
          {"api_name":"Birthday","data_type":"date"}]}
        """;

    private static readonly string AccountFields = """
        {"fields":[{"api_name":"Account_Name","data_type":"text"},{"api_name":"Industry","data_type":"picklist"}]}
        """;

    private readonly MockHttpMessageHandler _http = new();

    public FakeZohoApi(Func<string, HttpResponseMessage> coql, Func<IReadOnlyDictionary<string, string>, HttpResponseMessage>? search = null,
        string extraSettings = "", Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null, bool holdQueries = false)
    {
        // With holdQueries, every COQL call waits at Gate until the test releases it.
        Gate = holdQueries ? new Support.CallGate(_http, r => r.RequestUri!.AbsolutePath.EndsWith("/coql", StringComparison.Ordinal)) : null;
        _http.When(HttpMethod.Get, Api + "/crm/v8/settings/modules").Respond(_ => { MetadataCalls++; return Json(Modules); });
        _http.When(HttpMethod.Get, Api + "/crm/v8/settings/fields").WithQueryString("module", "Leads").Respond(_ => { MetadataCalls++; return Json(LeadFields); });
        _http.When(HttpMethod.Get, Api + "/crm/v8/settings/fields").WithQueryString("module", "Accounts").Respond(_ => { MetadataCalls++; return Json(AccountFields); });
        _http.When(HttpMethod.Post, Api + "/crm/v8/coql").Respond(request =>
        {
            var body = JObject.Parse(request.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
            var query = (string)body["select_query"]!;
            lock (Queries)
            {
                Queries.Add(query);
            }

            return coql(query);
        });
        _http.When(HttpMethod.Get, Api + "/crm/v8/Leads/search").Respond(request =>
        {
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
            var parameters = query.AllKeys.ToDictionary(k => k!, k => query[k]!);
            lock (Searches)
            {
                Searches.Add(parameters);
            }

            return search?.Invoke(parameters) ?? new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        DataSource = new ZohoCrmDataSourceBuilder("InitiateOAuth=OFF;OAuthAccessToken=test-token;ApiDomain=" + Api + ";" + extraSettings)
            .UseHttpMessageHandler(Gate ?? (HttpMessageHandler)_http).UseLoggerFactory(loggerFactory).Build();
    }

    /// <summary>Where COQL calls wait for the test's release (only with <c>holdQueries</c>).</summary>
    public Support.CallGate? Gate { get; }

    public ZohoCrmDataSource DataSource { get; }

    public List<string> Queries { get; } = [];

    public List<IReadOnlyDictionary<string, string>> Searches { get; } = [];

    public int MetadataCalls { get; private set; }

    public ZohoCrmConnection OpenConnection()
    {
        var connection = new ZohoCrmConnection(DataSource);
        connection.Open();
        return connection;
    }

    public static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A COQL page of records, with <c>info</c> as Zoho writes it.</summary>
    public static HttpResponseMessage Page(IEnumerable<JObject> records, bool more)
    {
        var data = new JArray(records);
        if (data.Count == 0)
        {
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        return Json(new JObject { ["data"] = data, ["info"] = new JObject { ["count"] = data.Count, ["more_records"] = more } }.ToString());
    }

    public void Dispose()
    {
        DataSource.Dispose();
        Gate?.Dispose();
        _http.Dispose();
    }
}
