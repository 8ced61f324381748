using System.Net;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Metadata;

/// <summary>The settings APIs over real HTTP: what the official SDK reads when it builds its field cache.</summary>
public class MetadataEndpointsTests
{
    private EmulatorHarness _harness = null!;
    private string _token = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _harness = await EmulatorHarness.StartAsync(o => o.LeadCount = 100);
        _token = await _harness.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _harness.DisposeAsync();

    [Test]
    public async Task Modules_list_every_api_supported_module_with_generated_type()
    {
        var modules = (await Json("/crm/v8/settings/modules"))["modules"]!.AsArray();

        Assert.That(modules.Select(m => m!["api_name"]!.GetValue<string>()), Is.SupersetOf(new[] { "Leads", "Contacts", "Accounts", "Projects" }));
        Assert.That(modules.Where(m => m!["api_supported"]!.GetValue<bool>()).Select(m => m!["generated_type"]?.GetValue<string>()), Has.None.Null);
        var leads = (await Json("/crm/v8/settings/modules/Leads"))["modules"]![0]!;
        Assert.That(leads["api_name"]!.GetValue<string>(), Is.EqualTo("Leads"));
    }

    [Test]
    public async Task Fields_of_a_module_and_of_every_module_its_lookups_reach_carry_data_types()
    {
        var pending = new Queue<string>(["Contacts"]);
        var visited = new HashSet<string>();
        while (pending.TryDequeue(out var module))
        {
            if (!visited.Add(module))
            {
                continue;
            }

            var fields = (await Json($"/crm/v8/settings/fields?module={module}&"))["fields"]!.AsArray();
            Assert.That(fields.Select(f => f!["data_type"]?.GetValue<string>()), Has.None.Null.And.None.Empty, module);
            foreach (var target in fields.Select(f => f!["lookup"]!["module"]?["api_name"]?.GetValue<string>()).OfType<string>())
            {
                pending.Enqueue(target);
            }
        }

        Assert.That(visited, Does.Contain("Accounts"));
    }

    [Test]
    public async Task Fields_of_an_unknown_module_are_invalid_module()
    {
        using var response = await Get("/crm/v8/settings/fields?module=Nope&");

        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "INVALID_MODULE", "the module name given seems to be invalid");
    }

    [Test]
    public async Task Current_user_and_org_give_the_sdk_its_user_signature()
    {
        var user = (await Json("/crm/v8/users?type=CurrentUser&"))["users"]![0]!;
        var org = (await Json("/crm/v8/org"))["org"]![0]!;

        Assert.That(user["email"]!.GetValue<string>(), Is.EqualTo(_harness.Emulator.Domain.Schema.CurrentUser.Email));
        Assert.That(org["zgid"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(org["id"]!.GetValue<string>(), Does.Match("^[0-9]{19}$"));
    }

    private async Task<JsonObject> Json(string path)
    {
        using var response = await Get(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await EmulatorHarness.JsonAsync(response);
    }

    private Task<HttpResponseMessage> Get(string path) => _harness.SendAsync(HttpMethod.Get, path, _token);
}
