using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EFCore.ZohoCrm.FunctionalTests.Schema;

/// <summary>
/// Zoho CRM manages the schema: the model is checked against the org's live metadata at a context type's first
/// connection, EnsureCreated only checks, and CanConnect asks Zoho.
/// </summary>
[NonParallelizable]
public class SchemaCheckTests
{
    [Test]
    public void First_query_of_a_drifted_model_fails_naming_module_field_and_what_to_do()
    {
        using var db = new DriftedContext(EmulatorOrg.ConnectionString, ZohoCrmSchemaCheck.Error);

        var exception = Assert.Throws<InvalidOperationException>(() => db.Leads.Take(1).ToList());
        Assert.That(exception!.Message, Does.Contain("'DriftedLead.Nickname'").And.Contain("'Nick_Name'").And.Contain("module 'Leads'")
            .And.Contain("'DriftedLead.Company'").And.Contain("Boolean").And.Contain("'text'")
            .And.Contain("'Ghost'").And.Contain("'Ghost_Module'")
            .And.Contain("dotnet ef dbcontext scaffold"));
        Assert.That(exception.Message, Does.Not.Contain("Last_Name"), "matching fields are not reported");
        Assert.Throws<InvalidOperationException>(() => db.Leads.Take(1).ToList(), "the answer is kept for the model");
    }

    [Test]
    public async Task A_warning_instead_is_logged_once_and_queries_go_on()
    {
        var logged = new List<string>();
        using (var db = new GhostOnlyContext(EmulatorOrg.ConnectionString, logged))
        {
            var leads = await db.Leads.OrderBy(l => l.Id).Take(3).ToListAsync();
            Assert.That(leads, Has.Count.EqualTo(3));
        }

        using (var again = new GhostOnlyContext(EmulatorOrg.ConnectionString, logged))
        {
            Assert.That(await again.Leads.CountAsync(), Is.GreaterThan(0));
        }

        Assert.That(logged, Has.Count.EqualTo(1));
        Assert.That(logged[0], Does.Contain("'Ghost'").And.Contain("'Ghost_Module'").And.Contain("dotnet ef dbcontext scaffold"));
    }

    [Test]
    public void EnsureCreated_checks_the_model_and_creates_nothing()
    {
        using (var matching = EmulatorOrg.CreateContext())
        {
            Assert.That(matching.Database.EnsureCreated(), Is.False);
        }

        using var drifted = new DriftedContext(EmulatorOrg.ConnectionString, ZohoCrmSchemaCheck.Error);
        var exception = Assert.Throws<InvalidOperationException>(() => drifted.Database.EnsureCreated());
        Assert.That(exception!.Message, Does.Contain("'Nick_Name'"));
    }

    [Test]
    public async Task CanConnect_makes_an_authenticated_call_and_answers_false_when_Zoho_refuses()
    {
        var before = await EmulatorOrg.LastRequestSeqAsync();
        using (var db = new DriftedContext(EmulatorOrg.ConnectionString, ZohoCrmSchemaCheck.Error))
        {
            Assert.That(await db.Database.CanConnectAsync(), Is.True, "a drifted model can still connect");
            Assert.That(db.Database.CanConnect(), Is.True);
        }

        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);
        Assert.That(calls.Count(c => c.Path == "/crm/v8/settings/modules"), Is.EqualTo(2));

        var refused = EmulatorOrg.ConnectionString.Replace(EmulatorOrg.Emulator.RefreshToken, "1000.not-a-refresh-token", StringComparison.Ordinal);
        using var denied = new DriftedContext(refused, ZohoCrmSchemaCheck.Error);
        Assert.That(await denied.Database.CanConnectAsync(), Is.False);
        Assert.That(denied.Database.CanConnect(), Is.False);
    }

    [Table("Leads")]
    public class DriftedLead
    {
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        [Column("Nick_Name")]
        public string? Nickname { get; set; }

        // Company is a text field.
        public bool Company { get; set; }
    }

    [Table("Ghost_Module")]
    public class Ghost
    {
        public long Id { get; set; }
    }

    [Table("Leads")]
    public class PlainLead
    {
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";
    }

    private sealed class DriftedContext(string connectionString, ZohoCrmSchemaCheck check) : DbContext
    {
        public DbSet<DriftedLead> Leads => Set<DriftedLead>();

        public DbSet<Ghost> Ghosts => Set<Ghost>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(connectionString, o => o.SchemaCheck(check));
    }

    private sealed class GhostOnlyContext(string connectionString, List<string> logged) : DbContext
    {
        public DbSet<PlainLead> Leads => Set<PlainLead>();

        public DbSet<Ghost> Ghosts => Set<Ghost>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder
            .UseZohoCrm(connectionString, o => o.SchemaCheck(ZohoCrmSchemaCheck.Warning))
            .LogTo(logged.Add, [ZohoCrmEventId.SchemaDriftWarning], LogLevel.Warning);
    }
}
