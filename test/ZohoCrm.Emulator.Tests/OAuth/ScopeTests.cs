using System.Net;
using ZohoCrm.Emulator.Domain.OAuth;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.OAuth;

public class ScopeTests
{
    [TestCase("GET", "Leads", "ZohoCRM.modules.ALL", true)]
    [TestCase("GET", "Leads", "ZohoCRM.modules.leads.READ", true)]
    [TestCase("GET", "Leads/123", "ZohoCRM.modules.Leads.ALL", true)]
    [TestCase("GET", "Leads", "ZohoCRM.modules.READ", true)]
    [TestCase("GET", "Leads", "ZohoCRM.modules.contacts.READ", false)]
    [TestCase("POST", "Leads", "ZohoCRM.modules.leads.READ", false)]
    [TestCase("POST", "Leads", "ZohoCRM.modules.leads.CREATE", true)]
    [TestCase("PUT", "Leads/1", "ZohoCRM.modules.leads.UPDATE", true)]
    [TestCase("DELETE", "Leads", "ZohoCRM.modules.leads.UPDATE", false)]
    [TestCase("DELETE", "Leads", "ZohoCRM.modules.leads.DELETE", true)]
    [TestCase("POST", "Leads/upsert", "ZohoCRM.modules.leads.CREATE", false)]
    [TestCase("POST", "Leads/upsert", "ZohoCRM.modules.leads.CREATE ZohoCRM.modules.leads.UPDATE", true)]
    [TestCase("GET", "Leads/search", "ZohoCRM.modules.ALL", false)]
    [TestCase("GET", "Leads/search", "ZohoCRM.modules.ALL ZohoSearch.securesearch.READ", true)]
    [TestCase("GET", "Leads/search", "ZohoSearch.securesearch.READ", false)]
    [TestCase("GET", "Leads/actions/count", "ZohoCRM.modules.ALL", false)]
    [TestCase("GET", "Leads/actions/count", "ZohoCRM.modules.leads.READ ZohoSearch.securesearch.READ", true)]
    [TestCase("POST", "coql", "ZohoCRM.modules.ALL", false)]
    [TestCase("POST", "coql", "ZohoCRM.coql.READ", true)]
    [TestCase("GET", "settings/modules", "ZohoCRM.settings.ALL", true)]
    [TestCase("GET", "settings/modules/Leads", "ZohoCRM.settings.modules.READ", true)]
    [TestCase("GET", "settings/fields", "ZohoCRM.settings.modules.READ", false)]
    [TestCase("GET", "settings/fields", "ZohoCRM.settings.fields.READ", true)]
    [TestCase("GET", "settings/fields", "ZohoCRM.modules.ALL", false)]
    [TestCase("GET", "users", "ZohoCRM.users.READ", true)]
    [TestCase("GET", "users", "ZohoCRM.users.ALL", true)]
    [TestCase("GET", "users", "ZohoCRM.org.READ", false)]
    [TestCase("GET", "org", "ZohoCRM.org.READ", true)]
    [TestCase("GET", "org", "zohocrm.ORG.all", true)]
    public void Each_call_needs_the_scopes_zoho_asks_for(string method, string path, string granted, bool allowed)
    {
        var scopes = OAuthServer.ParseScopes(granted)!;
        Assert.That(scopes.CoversAll(ScopeRequirements.For(method, path)), Is.EqualTo(allowed));
    }

    [TestCase("ZohoCRM.modules.ALL")]
    [TestCase("ZohoCRM.modules.leads.READ")]
    public void Scope_text_round_trips(string text) => Assert.That(ZohoScope.TryParse(text)!.ToString(), Is.EqualTo(text));

    [TestCase("")]
    [TestCase("modules.ALL")]
    [TestCase("ZohoCRM.ALL")]
    [TestCase("Other.modules.ALL")]
    [TestCase("ZohoCRM..ALL")]
    public void Text_that_is_not_a_zoho_scope_is_refused(string text) => Assert.That(ZohoScope.TryParse(text), Is.Null);

    [Test]
    public async Task A_token_without_the_scope_of_the_call_gets_oauth_scope_mismatch_over_http()
    {
        await using var emu = await EmulatorHarness.StartAsync();
        var modulesOnly = await emu.AccessTokenWithScopesAsync("ZohoCRM.modules.ALL");
        var probeReadOnly = await emu.AccessTokenWithScopesAsync("ZohoCRM.modules.probe.READ");
        var withSearch = await emu.AccessTokenWithScopesAsync("ZohoCRM.modules.ALL,ZohoSearch.securesearch.READ");

        using var searchWithoutSearchScope = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/search?word=a", modulesOnly);
        using var search = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/search?word=a", withSearch);
        using var read = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", probeReadOnly);
        using var create = await emu.SendAsync(HttpMethod.Post, "/crm/v8/Probe", probeReadOnly, body: """{"data":[]}""");
        using var settings = await emu.SendAsync(HttpMethod.Get, "/crm/v8/settings/fields?module=Leads", modulesOnly);
        using var coql = await emu.SendAsync(HttpMethod.Post, "/crm/v8/coql", modulesOnly, body: """{"select_query":"select id from Leads where id is not null"}""");

        await EmulatorHarness.AssertZohoErrorAsync(searchWithoutSearchScope, 401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL");
        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await EmulatorHarness.AssertZohoErrorAsync(create, 401, "OAUTH_SCOPE_MISMATCH");
        await EmulatorHarness.AssertZohoErrorAsync(settings, 401, "OAUTH_SCOPE_MISMATCH");
        await EmulatorHarness.AssertZohoErrorAsync(coql, 401, "OAUTH_SCOPE_MISMATCH");
    }
}
