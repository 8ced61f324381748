using System.Net;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Seeding;

namespace ZohoCrm.Emulator.Tests.Hosting;

/// <summary>
/// <see cref="ZohoCrmEmulatorOptions.ExtraCustomModules"/>: an org of many modules, served by the metadata endpoints
/// and queryable and writable like any custom module, with the standard modules unchanged.
/// </summary>
public class ExtraCustomModulesTests
{
    [Test]
    public async Task Extra_custom_modules_are_listed_described_queried_and_written()
    {
        await using var emu = await EmulatorHarness.StartAsync(o => o.ExtraCustomModules = 3);
        var token = await emu.AccessTokenAsync();
        async Task<(HttpStatusCode Status, JsonNode? Json)> Call(HttpMethod method, string path, string? body = null)
        {
            var response = await emu.SendAsync(method, path, token, body: body);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        }

        var (_, modules) = await Call(HttpMethod.Get, "/crm/v8/settings/modules");
        var custom = modules!["modules"]!.AsArray().Where(m => m!["generated_type"]!.GetValue<string>() == "custom")
            .Select(m => m!["api_name"]!.GetValue<string>()).ToList();
        Assert.That(custom, Is.EqualTo(new[] { "Projects", "Custom_Module_1", "Custom_Module_2", "Custom_Module_3" }));

        var (fieldsStatus, fields) = await Call(HttpMethod.Get, "/crm/v8/settings/fields?module=Custom_Module_2");
        Assert.That(fieldsStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fields!["fields"]!.AsArray().Select(f => f!["api_name"]!.GetValue<string>()),
            Is.SupersetOf(new[] { "Owner", "Created_Time", "Name", "Status", "Amount", "Due_Date", "Is_Active", "Account" }));

        var (insertStatus, inserted) = await Call(HttpMethod.Post, "/crm/v8/Custom_Module_2",
            """{"data":[{"Name":"Extra one","Amount":12.5,"Is_Active":true}]}""");
        Assert.That(insertStatus, Is.EqualTo(HttpStatusCode.Created), inserted?.ToJsonString());
        var id = inserted!["data"]![0]!["details"]!["id"]!.GetValue<string>();

        var (queryStatus, queried) = await Call(HttpMethod.Post, "/crm/v8/coql",
            """{"select_query":"select id, Name, Amount from Custom_Module_2 where Is_Active = 'true'"}""");
        Assert.That(queryStatus, Is.EqualTo(HttpStatusCode.OK), queried?.ToJsonString());
        var row = queried!["data"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(row["id"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(row["Name"]!.GetValue<string>(), Is.EqualTo("Extra one"));
            Assert.That(emu.Emulator.Domain.Records.Scan("Custom_Module_1"), Is.Empty, "extra modules are seeded without records");
        });
    }

    [Test]
    public void The_standard_schema_does_not_change_with_extra_modules()
    {
        var standard = StandardOrg.Build();
        var larger = StandardOrg.Build(100);

        Assert.That(larger.Modules, Has.Count.EqualTo(standard.Modules.Count + 100));
        Assert.That(larger.FindModule("Custom_Module_100"), Is.Not.Null);
        Assert.That(
            larger.Modules.Take(standard.Modules.Count).SelectMany(m => m.Fields.Select(f => (m.ApiName, f.ApiName, f.Id))),
            Is.EqualTo(standard.Modules.SelectMany(m => m.Fields.Select(f => (m.ApiName, f.ApiName, f.Id)))));
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardOrg.Build(StandardOrg.MaxExtraCustomModules + 1));
    }
}
