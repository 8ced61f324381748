using System.Text.Json.Nodes;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// What an insert sends: the fields the entity holds a value for, and no explicit null for the others. In Zoho a field
/// left out of a create takes its default value (a picklist's default, a field's <c>default_value</c>) and a null clears
/// it, so sending nulls for properties the user never set would overwrite those defaults. An update still sends the
/// nulls the user set. Read from the request bodies as they left, and from the emulator's store.
/// </summary>
[NonParallelizable]
public class InsertBodyTests
{
    [Test]
    public async Task An_insert_sends_no_null_for_the_properties_left_unset()
    {
        var wire = new WireRecorder();
        await using var dataSource = new ZohoCrmDataSourceBuilder(EmulatorOrg.ConnectionStringWithOwnRefreshToken()).UseHttpMessageHandler(wire).Build();
        var tag = "InsertBody-" + Guid.NewGuid().ToString("N")[..8];
        long id;
        using (wire)
        await using (var db = new DataSourceContext(dataSource))
        {
            var lead = new Lead { Last_Name = tag, Company = tag, Annual_Revenue = 1200m };
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            id = lead.Id;
        }

        var sent = Record(wire.WritesTo("Leads").Single());
        Assert.That(sent.Where(p => p.Value is null).Select(p => p.Key), Is.Empty, sent.ToJsonString());
        Assert.That(sent["Last_Name"]!.GetValue<string>(), Is.EqualTo(tag));
        Assert.That(sent["Company"]!.GetValue<string>(), Is.EqualTo(tag));
        Assert.That(sent.ContainsKey("Annual_Revenue"), sent.ToJsonString());

        // Left out is null in the emulator (it applies no field defaults): the record is as the entity was.
        var stored = EmulatorOrg.Expected<Lead>().Single(l => l.Id == id);
        Assert.That((stored.Last_Name, stored.Company, stored.Annual_Revenue, stored.First_Name, stored.Lead_Status, stored.Industry),
            Is.EqualTo((tag, (string?)tag, (decimal?)1200m, (string?)null, (string?)null, (string?)null)));
    }

    [Test]
    public async Task An_update_still_sends_the_null_a_property_was_set_to()
    {
        var wire = new WireRecorder();
        await using var dataSource = new ZohoCrmDataSourceBuilder(EmulatorOrg.ConnectionStringWithOwnRefreshToken()).UseHttpMessageHandler(wire).Build();
        var tag = "InsertBody-" + Guid.NewGuid().ToString("N")[..8];
        long id;
        using (wire)
        await using (var db = new DataSourceContext(dataSource))
        {
            var lead = new Lead { Last_Name = tag, Company = tag, First_Name = "Ann" };
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            id = lead.Id;
            lead.First_Name = null;
            await db.SaveChangesAsync();
        }

        var writes = wire.WritesTo("Leads");
        Assert.That(writes.Select(w => w.Method), Is.EqualTo(new[] { "POST", "PUT" }));
        var update = Record(writes[1]);
        Assert.That(update.ContainsKey("First_Name") && update["First_Name"] is null, update.ToJsonString());
        Assert.That(EmulatorOrg.Expected<Lead>().Single(l => l.Id == id).First_Name, Is.Null);
    }

    private static JsonObject Record(WireRecorder.SentRequest request) =>
        JsonNode.Parse(request.Body)!["data"]!.AsArray().Single()!.AsObject();
}
