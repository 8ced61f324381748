using System.Collections.Concurrent;
using System.Web;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Tests.Support;
using ZohoCrm.Emulator;

namespace ZohoCrm.Data.Tests.OAuth;

/// <summary>
/// Connections acting for a web app's signed-in users (<see cref="ZohoCrmConnection.User"/>) against the emulator: each
/// user authorized through the web flow with its own grant, the Authorization header of every call recorded on the wire.
/// </summary>
public class EmulatorUserConnectionTests
{
    private static readonly Uri Callback = new("http://127.0.0.1:9/signin-zoho");
    private ZohoCrmEmulator _emulator = null!;

    [OneTimeSetUp]
    public async Task StartEmulator() => _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 20 });

    [OneTimeTearDown]
    public async Task StopEmulator() => await _emulator.DisposeAsync();

    [SetUp]
    public void ApproveConsentAtOnce() => _emulator.Settings.AutoApprove = true;

    // No token of its own: every call must come from a user's tokens.
    private string Client => $"OAuthClientId={_emulator.ClientId};OAuthClientSecret={_emulator.ClientSecret};AccountsServer={_emulator.BaseUrl};ApiDomain={_emulator.BaseUrl}";

    [Test]
    public async Task Each_connection_calls_with_its_own_users_token_for_metadata_queries_and_writes()
    {
        var wire = new RecordingHandler();
        await using var dataSource = new ZohoCrmDataSourceBuilder(Client).UseHttpMessageHandler(wire).Build();
        var alice = await SignInAsync(dataSource, "alice");
        var bob = await SignInAsync(dataSource, "bob");
        Assert.That(alice, Is.Not.EqualTo(bob), "two grants, two access tokens");

        await using (var connection = new ZohoCrmConnection(dataSource) { User = "alice" })
        {
            connection.Open();
            wire.Clear();
            var leads = await CountAsync(connection, "SELECT id FROM Leads WHERE Last_Name is not null LIMIT 2000");
            Assert.That(leads, Is.EqualTo(_emulator.Domain.Records.Scan("Leads").Count(r => r["Last_Name"] is not null)));
            Assert.That(wire.Paths, Does.Contain("/crm/v8/settings/modules").And.Contain("/crm/v8/coql"), "metadata loads and the query");
            Assert.That(wire.Tokens, Is.All.EqualTo(alice));
        }

        await using (var connection = new ZohoCrmConnection(dataSource) { User = "bob" })
        {
            connection.Open();
            wire.Clear();
            var contacts = await CountAsync(connection, "SELECT id FROM Contacts WHERE Last_Name is not null LIMIT 2000");
            var api = await connection.GetApiClientAsync();
            var lead = _emulator.Domain.Records.Scan("Leads").First();
            var company = "Bob-" + Guid.NewGuid().ToString("N")[..8];
            var update = new ZohoCrmRecordValues { Id = lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                .Add("Company", ZohoCrm.Data.Metadata.ZohoCrmFieldType.Text, company);
            var results = await api.UpdateAsync("Leads", [update]);

            Assert.That(contacts, Is.EqualTo(Math.Min(2000, _emulator.Domain.Records.Scan("Contacts").Count(r => r["Last_Name"] is not null))));
            Assert.That(results.Single().IsSuccess, Is.True);
            Assert.That(_emulator.Domain.Records.Find("Leads", lead.Id)!["Company"], Is.EqualTo(company));
            Assert.That(wire.Paths, Does.Contain("/crm/v8/settings/fields").And.Contain("/crm/v8/Leads"), "field metadata of Contacts, then the write");
            Assert.That(wire.Tokens, Is.All.EqualTo(bob));
        }
    }

    [Test]
    public async Task A_user_acts_with_the_scopes_they_granted_and_a_revoked_user_stops_while_the_other_goes_on()
    {
        await using var dataSource = new ZohoCrmDataSourceBuilder(Client).Build();
        await SignInAsync(dataSource, "carol");
        // Dave's consent grants Leads only: what his connection may read is what his token allows, not the app's scope.
        await SignInAsync(dataSource, "dave", scope: "ZohoCRM.modules.leads.ALL,ZohoCRM.settings.ALL,ZohoCRM.coql.READ");
        await using var carol = new ZohoCrmConnection(dataSource) { User = "carol" };
        await using var dave = new ZohoCrmConnection(dataSource) { User = "dave" };
        carol.Open();
        dave.Open();

        var carolContacts = await CountAsync(carol, "SELECT id FROM Contacts WHERE Last_Name is not null LIMIT 5");
        var daveLeads = await CountAsync(dave, "SELECT id FROM Leads WHERE Last_Name is not null LIMIT 5");
        var refused = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => CountAsync(dave, "SELECT id FROM Contacts WHERE Last_Name is not null LIMIT 5"));

        Assert.That((carolContacts, daveLeads), Is.EqualTo((5, 5)));
        Assert.That(refused!.Code, Is.EqualTo("OAUTH_SCOPE_MISMATCH"));

        await dataSource.WebFlow.SignOutAsync("dave");
        var signedOut = Assert.ThrowsAsync<ZohoCrmAuthorizationRequiredException>(() => CountAsync(dave, "SELECT id FROM Leads WHERE Last_Name is not null LIMIT 5"));
        Assert.That(signedOut!.User, Is.EqualTo("dave"));
        Assert.That(await CountAsync(carol, "SELECT id FROM Leads WHERE Last_Name is not null LIMIT 5"), Is.EqualTo(5));
    }

    [Test]
    public async Task A_user_without_tokens_gets_an_error_that_names_them_and_the_web_flow_and_no_call_is_made()
    {
        var wire = new RecordingHandler();
        await using var dataSource = new ZohoCrmDataSourceBuilder(Client).UseHttpMessageHandler(wire).Build();
        await using var connection = new ZohoCrmConnection(dataSource) { User = "erin" };
        connection.Open();

        var error = Assert.ThrowsAsync<ZohoCrmAuthorizationRequiredException>(() => CountAsync(connection, "SELECT id FROM Leads WHERE Last_Name is not null"));

        Assert.That(error!.User, Is.EqualTo("erin"));
        Assert.That(error.AuthorizationUri, Is.Null, "the app builds the URL with its own state");
        Assert.That(error.Message, Does.Contain("'erin'").And.Contain("BuildAuthorizationUri").And.Contain("ExchangeCodeAsync"));
        Assert.That(wire.Paths, Is.Empty);
    }

    [Test]
    public void The_user_of_an_open_connection_cannot_change()
    {
        using var dataSource = new ZohoCrmDataSourceBuilder(Client).Build();
        using var connection = dataSource.OpenConnection();

        var error = Assert.Throws<InvalidOperationException>(() => connection.User = "frank");

        Assert.That(error!.Message, Does.Contain("User").And.Contain("Close the connection first"));
        Assert.That(connection.User, Is.Null);
    }

    [Test]
    public async Task Sign_in_saves_the_tokens_under_the_zoho_user_who_granted_the_code_and_a_code_is_exchanged_once()
    {
        var store = new ZohoCrmInMemoryTokenStore();
        await using var dataSource = new ZohoCrmDataSourceBuilder(Client).UseTokenStore(store).Build();
        var state = ZohoCrmOAuthWebFlow.CreateState();
        using var browser = LocalHttpClient.Create(allowAutoRedirect: false);
        using var consent = await browser.GetAsync(dataSource.WebFlow.BuildAuthorizationUri(state, Callback));
        var redirect = HttpUtility.ParseQueryString(consent.Headers.Location!.Query);

        var forged = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.WebFlow.SignInAsync(redirect["code"]!, "forged", state, Callback));
        var user = await dataSource.WebFlow.SignInAsync(redirect["code"]!, redirect["state"], state, Callback);
        var replay = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.WebFlow.SignInAsync(redirect["code"]!, redirect["state"], state, Callback));

        var current = _emulator.Domain.Schema.CurrentUser;
        Assert.That(forged!.Code, Is.EqualTo("STATE_MISMATCH"));
        Assert.That(replay!.Code, Is.EqualTo("invalid_code"), "Zoho's answer to a code used already");
        Assert.That((user.Id, user.Email), Is.EqualTo((current.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), current.Email)));
        Assert.That(await store.GetAsync(dataSource.Tokens.KeyFor(user.Id)), Is.Not.Null);
        await using var connection = new ZohoCrmConnection(dataSource) { User = user.Id };
        connection.Open();
        Assert.That(await CountAsync(connection, "SELECT id FROM Leads WHERE Last_Name is not null LIMIT 3"), Is.EqualTo(3));
    }

    /// <summary>Plays the user's browser through the emulator's consent page and the app's redirect handler.</summary>
    private static async Task<string> SignInAsync(ZohoCrmDataSource dataSource, string user, string? scope = null)
    {
        var state = ZohoCrmOAuthWebFlow.CreateState();
        var authorize = dataSource.WebFlow.BuildAuthorizationUri(state, Callback);
        if (scope is not null)
        {
            var query = HttpUtility.ParseQueryString(authorize.Query);
            query["scope"] = scope;
            authorize = new UriBuilder(authorize) { Query = query.ToString() }.Uri;
        }

        using var browser = LocalHttpClient.Create(allowAutoRedirect: false);
        using var consent = await browser.GetAsync(authorize);
        var redirect = HttpUtility.ParseQueryString(consent.Headers.Location!.Query);
        var key = await dataSource.WebFlow.ExchangeCodeAsync(redirect["code"]!, redirect["state"], state, Callback, user);
        return (await dataSource.TokenStore.GetAsync(key))!.AccessToken;
    }

    private static async Task<int> CountAsync(ZohoCrmConnection connection, string coql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = coql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    /// <summary>The network, with the path and OAuth token of every API call written down.</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler { UseProxy = false })
    {
        private readonly ConcurrentQueue<(string Path, string? Token)> _calls = new();

        public IReadOnlyList<string> Paths => [.. _calls.Select(c => c.Path)];

        public IReadOnlyList<string?> Tokens => [.. _calls.Select(c => c.Token)];

        public void Clear() => _calls.Clear();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Record(request);
            return base.SendAsync(request, cancellationToken);
        }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Record(request);
            return base.Send(request, cancellationToken);
        }

        private void Record(HttpRequestMessage request)
        {
            if (request.RequestUri!.AbsolutePath.StartsWith("/crm/", StringComparison.Ordinal))
            {
                _calls.Enqueue((request.RequestUri.AbsolutePath, request.Headers.Authorization?.Parameter));
            }
        }
    }
}
