using System.Net;
using System.Text;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.Api;

namespace ZohoCrm.Data.Tests.Api;

/// <summary>Zoho's example payloads (copied from the shared reference into Api/Fixtures).</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Directory = new(() =>
    {
        // Walk up from bin/ to the test project folder, where the fixtures live beside this file.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Api", "Fixtures");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Api/Fixtures not found above " + AppContext.BaseDirectory);
    });

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory.Value, name));
}

/// <summary>A MockHttp server behind a <see cref="ZohoCrmApiClient"/>, remembering the last request and its body.</summary>
internal sealed class MockZoho : IDisposable
{
    public const string Base = "https://www.zohoapis.com/crm/v8/";

    public MockZoho()
    {
        Client = new ZohoCrmApiClient(new HttpClient(Mock), new Uri("https://www.zohoapis.com"));
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public ZohoCrmApiClient Client { get; }

    public HttpRequestMessage? LastRequest { get; private set; }

    public string? LastBody { get; private set; }

    public int Calls { get; private set; }

    /// <summary>Answers any request to <paramref name="url"/> with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public void Answer(HttpMethod method, string url, HttpStatusCode status, string? body)
    {
        Mock.When(method, url).Respond(request =>
        {
            Calls++;
            LastRequest = request;
            LastBody = request.Content?.ReadAsStringAsync().GetAwaiter().GetResult();
            var response = new HttpResponseMessage(status);
            if (body is not null)
            {
                response.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            return response;
        });
    }

    public void Dispose() => Mock.Dispose();
}

/// <summary>Records to write, every value a text field's.</summary>
internal static class TextRecord
{
    public static ZohoCrmRecordValues Of(params (string Field, object? Value)[] values) => WithId(null, values);

    public static ZohoCrmRecordValues WithId(string? id, params (string Field, object? Value)[] values)
    {
        var record = new ZohoCrmRecordValues { Id = id };
        foreach (var (field, value) in values)
        {
            record.Add(field, ZohoCrm.Data.Metadata.ZohoCrmFieldType.Text, value);
        }

        return record;
    }
}
