using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using ZohoCrm.Data;

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
    public async Task A_model_built_again_for_the_same_context_type_does_not_warn_again()
    {
        // EF builds a context type's model again when its model cache evicted it; here every context gets a new model.
        var logged = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var db = new RebuiltModelContext(EmulatorOrg.ConnectionString, logged);
            Assert.That(await db.Leads.CountAsync(), Is.GreaterThan(0));
        }

        Assert.That(logged, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_synchronous_query_checks_the_schema_with_synchronous_calls()
    {
        using var handler = new SendRecorder();
        using var dataSource = new ZohoCrmDataSourceBuilder(EmulatorOrg.ConnectionStringWithOwnRefreshToken()).UseHttpMessageHandler(handler).Build();
        using var db = new SyncCheckedContext(dataSource);

        var exception = Assert.Throws<InvalidOperationException>(() => db.Leads.Take(1).ToList());

        Assert.That(exception!.Message, Does.Contain("'Nick_Name'"), "the check ran");
        Assert.That(handler.Synchronous, Has.Some.EqualTo("/crm/v8/settings/fields"), "the fields were read synchronously");
        Assert.That(handler.Asynchronous, Is.Empty, "a synchronous open makes no asynchronous call");
    }

    [Test]
    public async Task One_context_type_is_checked_against_each_org_it_is_used_with()
    {
        await using var larger = await global::ZohoCrm.Emulator.ZohoCrmEmulator.StartAsync(new global::ZohoCrm.Emulator.ZohoCrmEmulatorOptions
        {
            ExtraCustomModules = 1,
            SeedCounts = new global::ZohoCrm.Emulator.Domain.Seeding.SeedCounts
            {
                Vendors = 1, Products = 1, Campaigns = 1, Accounts = 1, Contacts = 1, Leads = 1, Deals = 1, Cases = 1, Projects = 1,
                Tasks = 1, Calls = 1, Events = 1, Notes = 1,
            },
        });

        // The org that has Custom_Module_1 first, so its answer is cached before the org that lacks it is asked.
        using (var matching = new CustomModuleContext(EmulatorOrg.ConnectionStringOf(larger)))
        {
            Assert.That(await matching.Records.CountAsync(), Is.Zero);
        }

        using (var drifted = new CustomModuleContext(EmulatorOrg.ConnectionString))
        {
            var exception = Assert.ThrowsAsync<InvalidOperationException>(() => drifted.Records.CountAsync());
            Assert.That(exception!.Message, Does.Contain("'Custom_Module_1'").And.Contain("dotnet ef dbcontext scaffold"));
        }

        using (var again = new CustomModuleContext(EmulatorOrg.ConnectionStringOf(larger)))
        {
            Assert.That(again.Records.Count(), Is.Zero, "the other org's answer is kept apart");
        }
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

    [Table("Custom_Module_1")]
    public class CustomRecord
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";

        public decimal? Amount { get; set; }
    }

    private sealed class CustomModuleContext(string connectionString) : DbContext
    {
        public DbSet<CustomRecord> Records => Set<CustomRecord>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);
    }

    [Table("Leads")]
    public class NicknamedLead
    {
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        public string? Nick_Name { get; set; }
    }

    private sealed class SyncCheckedContext(ZohoCrmDataSource dataSource) : DbContext
    {
        public DbSet<NicknamedLead> Leads => Set<NicknamedLead>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(dataSource);
    }

    /// <summary>Sends to the emulator over a socket, recording which path each request took.</summary>
    private sealed class SendRecorder() : DelegatingHandler(new SocketsHttpHandler { UseProxy = false })
    {
        public ConcurrentQueue<string> Synchronous { get; } = new();

        public ConcurrentQueue<string> Asynchronous { get; } = new();

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Synchronous.Enqueue(request.RequestUri!.AbsolutePath);
            return base.Send(request, cancellationToken);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asynchronous.Enqueue(request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class DriftedContext(string connectionString, ZohoCrmSchemaCheck check) : DbContext
    {
        public DbSet<DriftedLead> Leads => Set<DriftedLead>();

        public DbSet<Ghost> Ghosts => Set<Ghost>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(connectionString, o => o.SchemaCheck(check));
    }

    private sealed class RebuiltModelContext(string connectionString, List<string> logged) : DbContext
    {
        public DbSet<PlainLead> Leads => Set<PlainLead>();

        public DbSet<Ghost> Ghosts => Set<Ghost>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder
            .UseZohoCrm(connectionString, o => o.SchemaCheck(ZohoCrmSchemaCheck.Warning))
            .LogTo(logged.Add, [ZohoCrmEventId.SchemaDriftWarning], LogLevel.Warning)
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, NewModelForEveryContext>();
    }

    private sealed class NewModelForEveryContext : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => new object();
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
