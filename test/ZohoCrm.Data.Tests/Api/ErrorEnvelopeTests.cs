using System.Net;
using RichardSzalay.MockHttp;

namespace ZohoCrm.Data.Tests.Api;

public class ErrorEnvelopeTests
{
    private static ZohoCrmException CountFails(HttpStatusCode status, string? body, string module = "Leads")
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + module + "/actions/count", status, body);
        return Assert.ThrowsAsync<ZohoCrmException>(() => zoho.Client.CountAsync(module))!;
    }

    [Test]
    public void Zohos_error_envelope_becomes_code_details_and_status()
    {
        var e = CountFails(HttpStatusCode.BadRequest, Fixtures.Read("error-invalid-module.json"), "Nope");

        Assert.That(e.Code, Is.EqualTo("INVALID_MODULE"));
        Assert.That(e.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(e.Details["resource_path_index"], Is.EqualTo(0L));
        Assert.That(e.IsTransient, Is.False);
        Assert.That(e.Message, Does.Contain("GET /crm/v8/Nope/actions/count").And.Contain("INVALID_MODULE").And.Contain("API name"));
    }

    [TestCase(5, "lower MaxConcurrency")]
    [TestCase(6 * 3600 + 30 * 60, "The org's API credit budget (a rolling 24 hours, set by its edition) is used up: Zoho asks to wait 6 h 30 min")]
    public void A_429_that_asks_to_wait_hours_names_the_spent_credit_budget(int retryAfterSeconds, string named)
    {
        using var zoho = new MockZoho();
        zoho.Mock.When(HttpMethod.Get, MockZoho.Base + "Leads/actions/count").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
            {
                Content = new StringContent("""{"code":"TOO_MANY_REQUESTS","details":{},"message":"Too many requests.","status":"error"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds));
            return response;
        });

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => zoho.Client.CountAsync("Leads"))!;

        Assert.That(e.Code, Is.EqualTo("TOO_MANY_REQUESTS"));
        Assert.That(e.Message, Does.Contain(named));
        // One sentence per part, each with one full stop: Zoho's own, the hint's.
        Assert.That(e.Message, Does.Contain("Too many requests. ").And.EndWith(".").And.Not.Contain(".."));
    }

    [Test]
    public void Scope_mismatch_names_the_missing_scope()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "coql", HttpStatusCode.Unauthorized, Fixtures.Read("error-oauth-scope-mismatch.json"));

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => zoho.Client.ExecuteCoqlAsync("select id from Leads where id is not null"));

        Assert.That(e!.Code, Is.EqualTo("OAUTH_SCOPE_MISMATCH"));
        Assert.That(e.Message, Does.Contain("ZohoCRM.coql.READ"));
    }

    [Test]
    public void An_expired_token_says_how_to_get_it_refreshed()
    {
        var e = CountFails(HttpStatusCode.Unauthorized, Fixtures.Read("error-invalid-token.json"));

        Assert.That(e.Code, Is.EqualTo("INVALID_TOKEN"));
        Assert.That(e.Message, Does.Contain("InitiateOAuth"));
    }

    [Test]
    public void No_permission_keeps_the_permission_details()
    {
        var e = CountFails(HttpStatusCode.Forbidden, Fixtures.Read("error-no-permission.json"));

        Assert.That(e.Code, Is.EqualTo("NO_PERMISSION"));
        Assert.That(e.Details["permissions"], Is.InstanceOf<IList<object?>>());
    }

    [TestCase(HttpStatusCode.TooManyRequests, true)]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.ServiceUnavailable, true)]
    [TestCase(HttpStatusCode.BadRequest, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    public void Rate_limits_and_server_errors_are_transient(HttpStatusCode status, bool transient)
    {
        var e = CountFails(status, """{"code":"SOME_CODE","details":{},"message":"m","status":"error"}""");
        Assert.That(e.IsTransient, Is.EqualTo(transient));
    }

    [Test]
    public void A_gateway_page_instead_of_an_envelope_is_reported_as_such()
    {
        var e = CountFails(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>");

        Assert.That(e.Code, Is.Null);
        Assert.That(e.IsTransient, Is.True);
        Assert.That(e.Message, Does.Contain("HTTP 502").And.Contain("no Zoho error object").And.Contain("502 Bad Gateway"));
    }

    [Test]
    public void A_connection_failure_is_a_transient_ZohoCrmException()
    {
        using var zoho = new MockZoho();
        RichardSzalay.MockHttp.MockHttpMessageHandlerExtensions.When(zoho.Mock, MockZoho.Base + "Leads/actions/count")
            .Respond(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (www.zohoapis.com:443)"));

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => zoho.Client.CountAsync("Leads"));

        Assert.That(e!.IsTransient, Is.True);
        Assert.That(e.Message, Does.Contain("failed before Zoho CRM answered").And.Contain("Connection refused"));
        Assert.That(e.InnerException, Is.InstanceOf<HttpRequestException>());
    }
}
