using System.Text.Json.Nodes;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// Workflow, approval and blueprint triggers: Zoho's default (no trigger key) unless the context's options or a
/// <c>Database.UseZohoCrmTriggers</c> scope chose; read from the request bodies as they left for the emulator, since the
/// emulator accepts the key but keeps no trace of it.
/// </summary>
[NonParallelizable]
public class TriggerTests
{
    [Test]
    public async Task Without_a_choice_no_trigger_key_is_sent()
    {
        var (wire, dataSource) = Wire();
        using (wire)
        await using (dataSource)
        await using (var db = new DataSourceContext(dataSource))
        {
            var lead = NewLead();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            lead.First_Name = "Ann";
            await db.SaveChangesAsync();
            db.Leads.Remove(lead);
            await db.SaveChangesAsync();
        }

        var writes = wire.WritesTo("Leads");
        Assert.That(writes.Select(w => w.Method), Is.EqualTo(new[] { "POST", "PUT", "DELETE" }));
        Assert.That(writes.Take(2).Select(w => Body(w).ContainsKey("trigger")), Is.All.False);
        Assert.That(writes[2].Query, Does.Not.Contain("wf_trigger"));
    }

    [Test]
    public async Task The_context_option_is_sent_with_every_write()
    {
        var (wire, dataSource) = Wire();
        using (wire)
        await using (dataSource)
        await using (var db = new DataSourceContext(dataSource, o => o.Triggers(ZohoCrmTriggers.Workflow | ZohoCrmTriggers.Blueprint)))
        {
            var lead = NewLead();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            lead.First_Name = "Ann";
            db.SaveChanges();
        }

        var writes = wire.WritesTo("Leads");
        Assert.That(writes.Select(w => Triggers(w)), Is.All.EqualTo(new[] { "workflow", "blueprint" }));
        Assert.That(writes, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_scope_overrides_the_option_for_its_saves_and_restores_it_when_disposed()
    {
        var (wire, dataSource) = Wire();
        var lead = NewLead();
        var other = NewLead();
        using (wire)
        await using (dataSource)
        await using (var db = new DataSourceContext(dataSource, o => o.Triggers(ZohoCrmTriggers.Workflow)))
        {
            using (db.Database.UseZohoCrmTriggers(ZohoCrmTriggers.None))
            {
                db.Leads.Add(lead);
                await db.SaveChangesAsync();
                db.Leads.Remove(lead);
                await db.SaveChangesAsync();
            }

            db.Leads.Add(other);
            await db.SaveChangesAsync();
        }

        var writes = wire.WritesTo("Leads");
        Assert.That(writes.Select(w => w.Method), Is.EqualTo(new[] { "POST", "DELETE", "POST" }));
        Assert.That(Triggers(writes[0]), Is.Empty, "ZohoCrmTriggers.None sends an empty trigger list, which runs no automation");
        Assert.That(writes[1].Query, Does.Contain("wf_trigger=false"));
        Assert.That(Triggers(writes[2]), Is.EqualTo(new[] { "workflow" }));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id), Is.Null);
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", other.Id)!["Last_Name"], Is.EqualTo(other.Last_Name));
    }

    [Test]
    public async Task A_value_that_names_no_trigger_is_refused_before_anything_is_sent()
    {
        var (wire, dataSource) = Wire();
        using (wire)
        await using (dataSource)
        await using (var db = new DataSourceContext(dataSource))
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => db.Database.UseZohoCrmTriggers((ZohoCrmTriggers)64));
            Assert.That(exception!.Message, Does.Contain("64").And.Contain("ZohoCrmTriggers.None"));
        }
    }

    private static Lead NewLead()
    {
        var tag = "Trigger-" + Guid.NewGuid().ToString("N")[..8];
        return new Lead { Last_Name = tag, Company = tag };
    }

    private static (WireRecorder Wire, ZohoCrmDataSource DataSource) Wire()
    {
        var wire = new WireRecorder();
        return (wire, new ZohoCrmDataSourceBuilder(EmulatorOrg.ConnectionStringWithOwnRefreshToken()).UseHttpMessageHandler(wire).Build());
    }

    private static JsonObject Body(WireRecorder.SentRequest request) => JsonNode.Parse(request.Body)!.AsObject();

    private static string[] Triggers(WireRecorder.SentRequest request) =>
        Body(request)["trigger"]?.AsArray().Select(t => t!.GetValue<string>()).ToArray() ?? ["(no trigger key)"];
}
