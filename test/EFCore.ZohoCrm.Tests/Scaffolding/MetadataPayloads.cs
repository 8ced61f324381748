using System.Net;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.Tests.Scaffolding;

/// <summary>An API client whose settings calls answer with the recorded payloads of <c>Scaffolding/Payloads</c>.</summary>
public sealed class MetadataPayloads : IDisposable
{
    private readonly MockHttpMessageHandler _handler = new();
    private readonly HttpClient _httpClient;

    public MetadataPayloads(string? modulesJson = null)
    {
        _handler.When(HttpMethod.Get, "http://zoho.test/crm/v8/settings/modules")
            .Respond(_ =>
            {
                Interlocked.Increment(ref _moduleListCalls);
                return Json(modulesJson ?? Read("modules.json"));
            });
        _handler.When(HttpMethod.Get, "http://zoho.test/crm/v8/settings/fields")
            .Respond(request =>
            {
                var module = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["module"]!;
                FieldCalls.Add(module);
                var file = module == "Quotes" ? "fields-Quotes-left-out.json" : "fields-" + module + ".json";
                return File.Exists(Path.Combine(Directory, file))
                    ? Json(Read(file))
                    : new HttpResponseMessage(HttpStatusCode.NoContent);
            });
        _httpClient = new HttpClient(_handler);
        Api = new ZohoCrmApiClient(_httpClient, new Uri("http://zoho.test"));
    }

    public ZohoCrmApiClient Api { get; }

    private int _moduleListCalls;

    /// <summary>How many times the module list was read.</summary>
    public int ModuleListCalls => _moduleListCalls;

    /// <summary>The modules whose fields were read, one entry per call.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> FieldCalls { get; } = [];

    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Scaffolding", "Payloads");

    public static string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    public void Dispose()
    {
        _httpClient.Dispose();
        _handler.Dispose();
    }
}
