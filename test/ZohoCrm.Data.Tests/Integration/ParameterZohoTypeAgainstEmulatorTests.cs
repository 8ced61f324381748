using ZohoCrm.Data.Metadata;
using ZohoCrm.Emulator;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>ZohoCrmParameter.ZohoType through a command: the org's metadata types the literal, a contradiction fails before any call.</summary>
[NonParallelizable]
public class ParameterZohoTypeAgainstEmulatorTests
{
    [Test]
    public async Task A_command_sends_the_fields_literal_and_refuses_a_contradicting_ZohoType_before_calling()
    {
        await using var emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new() { Leads = 100 } });
        await using var connection = emulator.Open();
        var cutoff = emulator.Records("Leads")[50]["Created_Time"];

        await using var command = new ZohoCrmCommand("SELECT COUNT(*) FROM Leads WHERE Created_Time < @cutoff", connection);
        command.Parameters.Add(new ZohoCrmParameter("cutoff", ZohoCrmFieldType.DateTime, cutoff));
        Assert.That(await command.ExplainAsync(), Does.Contain("where Created_Time < '"));
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(50L));

        command.Parameters["cutoff"].ZohoType = ZohoCrmFieldType.Boolean;
        var before = await emulator.LastRequestSeqAsync();
        var error = Assert.ThrowsAsync<ZohoCrmQueryException>(() => command.ExecuteScalarAsync());
        Assert.That(error!.Message, Does.StartWith("Parameter @cutoff is declared as Zoho type Boolean (its ZohoType), but it is compared with field 'Created_Time' of type DateTime."));
        Assert.That(await emulator.ApiCallsAfterAsync(before), Is.Empty);
    }
}
