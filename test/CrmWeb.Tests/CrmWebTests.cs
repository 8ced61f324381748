using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmWeb.Model;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Data;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Records;

namespace CrmWeb.Tests;

/// <summary>
/// The app as <c>dotnet run --project samples/CrmWeb</c> starts it (the emulator in-process), driven over HTTP with
/// WebApplicationFactory; what the pages show is checked against the emulator's records, the oracle.
/// </summary>
[NonParallelizable]
public partial class CrmWebTests
{
    // Any type of the app's assembly names its entry point (ZohoCrm.Emulator has a Program too).
    private WebApplicationFactory<CrmContext> _factory = null!;

    private ZohoCrmEmulator Emulator => _factory.Services.GetRequiredService<ZohoCrmEmulator>();

    [OneTimeSetUp]
    public void Start() => _factory = new WebApplicationFactory<CrmContext>();

    [OneTimeTearDown]
    public async Task StopAsync() => await _factory.DisposeAsync();

    // The consent page approves at once here; the browser test clicks through it.
    [SetUp]
    public void ApproveConsentAtOnce() => Emulator.Settings.AutoApprove = true;

    /// <summary>A browser's cookies, signed in with Zoho: /signin, the emulator's consent, the callback.</summary>
    private HttpClient Client()
    {
        var client = AnonymousClient();
        var callback = SignInUntilCallbackAsync(client).GetAwaiter().GetResult();
        using var signedIn = client.GetAsync(callback).GetAwaiter().GetResult();
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), () => signedIn.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        return client;
    }

    /// <summary>
    /// A browser signed in as <paramref name="userId"/>: the consent page's form submitted with that user chosen, as a
    /// person would choose on the emulator's consent page.
    /// </summary>
    private async Task<HttpClient> ClientAsAsync(long userId)
    {
        var client = AnonymousClient();
        using var signIn = await client.GetAsync("/signin");
        var authorize = System.Web.HttpUtility.ParseQueryString(signIn.Headers.Location!.Query);
        var form = authorize.AllKeys.ToDictionary(k => k!, k => authorize[k]!);
        form["user"] = userId.ToString(CultureInfo.InvariantCulture);
        form["approve"] = "true";
        using var zoho = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
        using var consent = await zoho.PostAsync(signIn.Headers.Location.GetLeftPart(UriPartial.Path), new FormUrlEncodedContent(form));
        Assert.That(consent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), () => consent.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        using var signedIn = await client.GetAsync(consent.Headers.Location!.PathAndQuery);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), () => signedIn.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        return client;
    }

    private HttpClient AnonymousClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Follows /signin to Zoho's consent page (approved) and returns the app's callback URL that Zoho redirects to.</summary>
    private async Task<string> SignInUntilCallbackAsync(HttpClient client, string start = "/signin")
    {
        using var signIn = await client.GetAsync(start);
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        using var zoho = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
        using var consent = await zoho.GetAsync(signIn.Headers.Location);
        Assert.That(consent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the consent page approves and redirects to the app");
        return consent.Headers.Location!.PathAndQuery;
    }

    [Test]
    public async Task A_page_sends_a_signed_out_user_to_zohos_consent_page_with_a_state_and_the_callback()
    {
        using var client = AnonymousClient();

        using var page = await client.GetAsync("/leads?status=Contacted");
        using var signIn = await client.GetAsync(page.Headers.Location);
        var authorize = signIn.Headers.Location!;
        var query = System.Web.HttpUtility.ParseQueryString(authorize.Query);

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.Location!.PathAndQuery, Does.StartWith("/signin?ReturnUrl="));
        Assert.That(authorize.GetLeftPart(UriPartial.Path), Is.EqualTo(Emulator.BaseUrl.TrimEnd('/') + "/oauth/v2/auth"));
        Assert.That(query["redirect_uri"], Is.EqualTo("http://localhost/signin-zoho"));
        Assert.That(query["state"], Has.Length.GreaterThanOrEqualTo(32));
        Assert.That(signIn.Headers.GetValues("Set-Cookie").Single(), Does.StartWith("CrmWeb.ZohoSignIn=").And.Contain("httponly"));
    }

    [Test]
    public async Task The_callback_signs_the_zoho_user_in_and_returns_to_the_page_asked_for()
    {
        using var client = AnonymousClient();
        using var page = await client.GetAsync("/leads?status=Contacted");
        var callback = await SignInUntilCallbackAsync(client, page.Headers.Location!.OriginalString);

        using var signedIn = await client.GetAsync(callback);
        using var leads = await client.GetAsync(signedIn.Headers.Location);
        var user = Emulator.Domain.Schema.CurrentUser;
        var dataSource = _factory.Services.GetRequiredService<ZohoCrmDataSource>();
        var key = new ZohoCrmTokenKey(dataSource.Settings.OAuthClientId!, user.Id.ToString(CultureInfo.InvariantCulture), dataSource.Settings.TokenDataCenter);

        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(signedIn.Headers.Location!.OriginalString, Is.EqualTo("/leads?status=Contacted"));
        Assert.That(leads.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await dataSource.TokenStore.GetAsync(key), Is.Not.Null, "the tokens are kept under the Zoho user's id");
    }

    [Test]
    public async Task A_callback_with_a_wrong_state_is_refused_and_signs_nobody_in()
    {
        using var client = AnonymousClient();
        var callback = await SignInUntilCallbackAsync(client);
        var forged = System.Text.RegularExpressions.Regex.Replace(callback, "state=[^&]+", "state=forged");

        using var refused = await client.GetAsync(forged);
        using var page = await client.GetAsync("/leads");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("does not match"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "still signed out");
    }

    [Test]
    public async Task A_code_is_exchanged_once_a_replayed_callback_is_refused()
    {
        using var client = AnonymousClient();
        using var signIn = await client.GetAsync("/signin");
        var stateCookie = signIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var zoho = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
        using var consent = await zoho.GetAsync(signIn.Headers.Location);
        var callback = consent.Headers.Location!.PathAndQuery;

        using var first = await client.GetAsync(callback);
        using var replayInBrowser = await client.GetAsync(callback);
        // Someone holding a copy of the redirect and of the state cookie the browser had then.
        using var copier = AnonymousClient();
        using var replay = new HttpRequestMessage(HttpMethod.Get, callback);
        replay.Headers.Add("Cookie", stateCookie);
        using var replayed = await copier.SendAsync(replay);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(first.Headers.GetValues("Set-Cookie"), Has.Some.StartsWith("CrmWeb.User="));
        Assert.That(replayInBrowser.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the state cookie served one callback");
        Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await replayed.Content.ReadAsStringAsync(), Does.Contain("invalid_code"), "Zoho takes a code once");
        Assert.That(replayed.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], Has.None.StartsWith("CrmWeb.User="));
    }

    [Test]
    public async Task Pages_act_as_the_signed_in_user_whose_tokens_gone_send_them_back_to_sign_in()
    {
        using var client = Client();
        using (var before = await client.GetAsync("/leads"))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // The user's tokens go (signed out in another browser); the app's own tokens stay.
        var user = Emulator.Domain.Schema.CurrentUser.Id.ToString(CultureInfo.InvariantCulture);
        await _factory.Services.GetRequiredService<ZohoCrmDataSource>().WebFlow.SignOutAsync(user);
        using var after = await client.GetAsync("/leads");
        using var health = await client.GetAsync("/health");

        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location!.OriginalString, Is.EqualTo("/signin?returnUrl=%2Fleads"));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Two_users_signed_in_at_once_see_what_their_zoho_profiles_allow_through_one_internal_service_provider()
    {
        var schema = Emulator.Domain.Schema;
        var rep = schema.Users.Single(u => u.ProfileName == "Standard" && u.Status == "active" && u.FullName == "Daniel Okafor");
        using var admin = Client();
        using var standard = await ClientAsAsync(rep.Id);
        var deal = Records("Deals").First();
        var lead = Records("Leads").First();

        using var adminDeal = await admin.GetAsync($"/deals/{deal.Id}");
        using var standardDeal = await standard.GetAsync($"/deals/{deal.Id}");
        using var adminLead = await admin.GetAsync($"/leads/{lead.Id}/edit");
        using var standardLead = await standard.GetAsync($"/leads/{lead.Id}/edit");
        using var adminDealAgain = await admin.GetAsync($"/deals/{deal.Id}");

        Assert.Multiple(async () =>
        {
            Assert.That(adminDeal.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the administrator reads Deals");
            Assert.That(WebUtility.HtmlDecode(await adminDeal.Content.ReadAsStringAsync()), Does.Contain((string)deal["Deal_Name"]!));
            Assert.That(standardDeal.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the Standard profile has no access to Deals");
            Assert.That(await standardDeal.Content.ReadAsStringAsync(), Does.Contain("profile does not allow").And.Not.Contain((string)deal["Deal_Name"]!));
            Assert.That(adminLead.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(standardLead.StatusCode, Is.EqualTo(HttpStatusCode.OK), "both read Leads");
            Assert.That(adminDealAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the other user's refusal changed nothing for the administrator");
        });

        // Both users' contexts come from one pool over one set of options: one EF internal service provider whatever
        // the user, seen through one of its singletons (the query cache every context of that provider shares).
        var contexts = _factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CrmContext>>();
        using var asAdmin = contexts.CreateDbContext();
        using var asRep = contexts.CreateDbContext();
        Microsoft.EntityFrameworkCore.ZohoCrmDatabaseFacadeExtensions.SetZohoCrmUser(asAdmin.Database, schema.CurrentUser.Id.ToString(CultureInfo.InvariantCulture));
        Microsoft.EntityFrameworkCore.ZohoCrmDatabaseFacadeExtensions.SetZohoCrmUser(asRep.Database, rep.Id.ToString(CultureInfo.InvariantCulture));
        Assert.That(Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.Extensions.Caching.Memory.IMemoryCache>(asRep),
            Is.SameAs(Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.Extensions.Caching.Memory.IMemoryCache>(asAdmin)));
    }

    [Test]
    public async Task A_refresh_token_revoked_at_zoho_sends_the_user_back_to_sign_in_and_forgets_it()
    {
        using var client = Client();
        var dataSource = _factory.Services.GetRequiredService<ZohoCrmDataSource>();
        var user = Emulator.Domain.Schema.CurrentUser.Id.ToString(CultureInfo.InvariantCulture);
        var key = new ZohoCrmTokenKey(dataSource.Settings.OAuthClientId!, user, dataSource.Settings.TokenDataCenter);
        var token = (await dataSource.TokenStore.GetAsync(key))!;

        // The user removed the app's access in Zoho's settings (or Zoho dropped the token): the refresh token and the
        // access tokens issued from it stop working, and this app is not told.
        using var zoho = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var revoke = await zoho.PostAsync(Emulator.BaseUrl.TrimEnd('/') + "/oauth/v2/token/revoke?token=" + Uri.EscapeDataString(token.RefreshToken!), null);
        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var page = await client.GetAsync("/leads?status=Contacted");
        using var health = await client.GetAsync("/health");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), () => page.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        Assert.That(page.Headers.Location!.OriginalString, Is.EqualTo("/signin?returnUrl=%2Fleads%3Fstatus%3DContacted"));
        Assert.That(await dataSource.TokenStore.GetAsync(key), Is.Null, "the dead token is forgotten");
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the app's own tokens are untouched");

        // Signing in again works and the pages serve the user.
        var callback = await SignInUntilCallbackAsync(client, page.Headers.Location.OriginalString);
        using var signedIn = await client.GetAsync(callback);
        using var again = await client.GetAsync(signedIn.Headers.Location);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Sign_out_revokes_the_users_token_at_zoho_and_signs_out()
    {
        using var client = Client();
        var dataSource = _factory.Services.GetRequiredService<ZohoCrmDataSource>();
        var user = Emulator.Domain.Schema.CurrentUser.Id.ToString(CultureInfo.InvariantCulture);
        var key = new ZohoCrmTokenKey(dataSource.Settings.OAuthClientId!, user, dataSource.Settings.TokenDataCenter);
        var token = (await dataSource.TokenStore.GetAsync(key))!;

        using var form = await client.GetAsync("/signout");
        var html = await form.Content.ReadAsStringAsync();
        var field = AntiforgeryField().Match(html);
        using var signOut = await client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [field.Groups["name"].Value] = WebUtility.HtmlDecode(field.Groups["value"].Value),
        }));
        using var page = await client.GetAsync("/leads");
        using var zoho = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var org = new HttpRequestMessage(HttpMethod.Get, Emulator.BaseUrl.TrimEnd('/') + "/crm/v8/org");
        org.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + token.AccessToken);
        using var withOldToken = await zoho.SendAsync(org);

        Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "signed out: pages send to sign-in");
        Assert.That(page.Headers.Location!.PathAndQuery, Does.StartWith("/signin"));
        Assert.That(await dataSource.TokenStore.GetAsync(key), Is.Null);
        Assert.That(withOldToken.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "Zoho no longer takes the user's token");
    }

    private List<StoredRecord> Records(string module) => [.. Emulator.Domain.Records.Scan(module)];

    [Test]
    public async Task Leads_list_filters_sorts_and_pages_as_the_records_say()
    {
        var expected = Records("Leads")
            .Where(r => r["Lead_Status"] as string == "Contacted" && (r["Company"] as string ?? "").StartsWith("A", StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r["Last_Name"] as string, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id)
            .Select(r => r.Id).ToList();
        Assert.That(expected, Has.Count.GreaterThan(20), "two pages at least");
        using var client = Client();

        var first = await client.GetStringAsync("/leads?status=Contacted&company=A&sort=name&page=1");
        var second = await client.GetStringAsync("/leads?status=Contacted&company=A&sort=name&page=2");

        Assert.That(RowIds(first), Is.EqualTo(expected.Take(20)));
        Assert.That(RowIds(second), Is.EqualTo(expected.Skip(20).Take(20)));
        Assert.That(first, Does.Contain("rel=\"next\"").And.Not.Contain("rel=\"prev\""));
        Assert.That(second, Does.Contain("rel=\"prev\""));
    }

    [Test]
    public async Task A_deal_shows_its_account_and_contact()
    {
        var deal = Records("Deals").First(d => d["Account_Name"] is not null && d["Contact_Name"] is not null);
        var account = Emulator.Domain.Records.Find("Accounts", LookupId(deal["Account_Name"]))!;
        var contact = Emulator.Domain.Records.Find("Contacts", LookupId(deal["Contact_Name"]))!;
        using var client = Client();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/deals/{deal.Id}"));

        Assert.That(page, Does.Contain((string)deal["Deal_Name"]!));
        Assert.That(page, Does.Contain((string)account["Account_Name"]!));
        Assert.That(page, Does.Contain((string)contact["Last_Name"]!));
        Assert.That((await client.GetAsync("/deals/1")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Editing_a_lead_saves_it_and_the_list_shows_the_change()
    {
        var lead = Records("Leads").First(r => r["Email"] is not null);
        var company = "Edited-" + Guid.NewGuid().ToString("N")[..8];
        using var client = Client();

        var response = await PostFormAsync(client, $"/leads/{lead.Id}/edit", new()
        {
            ["First_Name"] = (string?)lead["First_Name"] ?? "", ["Last_Name"] = (string)lead["Last_Name"]!, ["Company"] = company,
            ["Email"] = (string)lead["Email"]!, ["Lead_Status"] = (string?)lead["Lead_Status"] ?? "",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Emulator.Domain.Records.Find("Leads", lead.Id)!["Company"], Is.EqualTo(company));
        Assert.That(RowIds(await client.GetStringAsync(response.Headers.Location!.OriginalString)), Is.EqualTo(new[] { lead.Id }));
    }

    [Test]
    public async Task Zoho_validation_error_is_shown_next_to_the_field_and_nothing_is_saved()
    {
        var lead = Records("Leads").First(r => r["Email"] is not null);
        using var client = Client();

        var response = await PostFormAsync(client, $"/leads/{lead.Id}/edit", new()
        {
            ["Last_Name"] = (string)lead["Last_Name"]!, ["Company"] = (string?)lead["Company"] ?? "", ["Email"] = "not an email",
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(FieldError().Match(page).Groups["field"].Value, Is.EqualTo("Email"), page);
        Assert.That(page, Does.Contain("INVALID_DATA"));
        Assert.That(Emulator.Domain.Records.Find("Leads", lead.Id)!["Email"], Is.EqualTo(lead["Email"]));
    }

    [Test]
    public async Task Creating_a_lead_writes_it_to_Zoho()
    {
        var company = "Created-" + Guid.NewGuid().ToString("N")[..8];
        using var client = Client();

        var response = await PostFormAsync(client, "/leads/new", new() { ["Last_Name"] = "Hopper", ["Company"] = company, ["Lead_Status"] = "Not Contacted" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var created = Records("Leads").Where(r => r["Company"] as string == company).ToList();
        Assert.That(created.Select(r => r["Last_Name"]), Is.EqualTo(new[] { "Hopper" }));
    }

    [Test]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var company = "Forged-" + Guid.NewGuid().ToString("N")[..8];
        using var client = Client();

        var response = await client.PostAsync("/leads/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["Last_Name"] = "X", ["Company"] = company }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Records("Leads").Any(r => r["Company"] as string == company), Is.False);
    }

    [Test]
    public async Task Health_makes_a_real_authenticated_call()
    {
        using var client = Client();
        var before = Emulator.Requests().LastOrDefault()?.Seq ?? 0;

        var response = await client.GetAsync("/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        Assert.That(Emulator.Requests(before).Where(r => r.Path == "/crm/v8/coql").Select(r => r.Status), Is.EqualTo(new[] { 200 }));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        // The form page sets the antiforgery cookie and carries the matching field, as a browser would send them.
        var formPage = await client.GetAsync(path.EndsWith("/new", StringComparison.Ordinal) ? path : path);
        var html = await formPage.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.That(token.Success, Is.True, "the form has an antiforgery field");
        var cookies = formPage.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : [];
        fields[token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        return await client.SendAsync(request);
    }

    private static List<long> RowIds(string html) =>
        [.. RowId().Matches(html).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static long LookupId(object? lookup) => lookup switch
    {
        long id => id,
        IReadOnlyDictionary<string, object?> map => Convert.ToInt64(map["id"], CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unexpected lookup value {lookup?.GetType()}."),
    };

    [GeneratedRegex("""<tr data-id="(\d+)">""")]
    private static partial Regex RowId();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]+)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""class="error" data-field="(?<field>[^"]+)">""")]
    private static partial Regex FieldError();
}
