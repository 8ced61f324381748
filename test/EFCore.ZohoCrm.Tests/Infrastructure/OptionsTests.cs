using EFCore.ZohoCrm.Infrastructure.Internal;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Tests.Infrastructure;

/// <summary>UseZohoCrm and the provider's options.</summary>
public class OptionsTests
{
    private const string ConnectionString = "OAuthClientId=abc;OAuthClientSecret=s3cret;OAuthRefreshToken=r3fresh;Domain=com";

    [Test]
    public void UseZohoCrm_with_a_connection_string_configures_the_provider()
    {
        var options = new DbContextOptionsBuilder<DbContext>().UseZohoCrm(ConnectionString).Options;
        var extension = options.FindExtension<ZohoCrmOptionsExtension>();
        Assert.That(extension, Is.Not.Null);
        Assert.That(extension!.ConnectionString, Is.EqualTo(ConnectionString));

        using var context = new DbContext(options);
        Assert.That(context.Database.IsZohoCrm(), Is.True);
        Assert.That(context.Database.IsRelational(), Is.True);
    }

    [Test]
    public void Zoho_options_are_set_through_the_callback()
    {
        var options = new DbContextOptionsBuilder()
            .UseZohoCrm(ConnectionString, o => o.UseServerSideFiltering(false).ClientSideFilterLimit(5000).MaxBatchSize(50).CommandTimeout(30))
            .Options;
        var extension = options.FindExtension<ZohoCrmOptionsExtension>()!;
        Assert.That(extension.UseServerSideFiltering, Is.False);
        Assert.That(extension.ClientSideFilterLimit, Is.EqualTo(5000));
        Assert.That(extension.MaxBatchSize, Is.EqualTo(50));
        Assert.That(extension.CommandTimeout, Is.EqualTo(30));
        Assert.That(extension.Info.LogFragment, Does.Contain("UseServerSideFiltering=False").And.Contain("ClientSideFilterLimit=5000"));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void MaxBatchSize_outside_one_to_hundred_is_refused(int size)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new DbContextOptionsBuilder().UseZohoCrm(ConnectionString, o => o.MaxBatchSize(size)));
        Assert.That(exception!.Message, Does.Contain("at most 100 records per call"));
    }

    [Test]
    public void ClientSideFilterLimit_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DbContextOptionsBuilder().UseZohoCrm(ConnectionString, o => o.ClientSideFilterLimit(0)));
    }

    [Test]
    public void Data_sources_and_connections_stay_out_of_the_service_provider_key()
    {
        using var source1 = ZohoCrmDataSource.Create(ConnectionString);
        using var source2 = ZohoCrmDataSource.Create(ConnectionString.Replace("abc", "def", StringComparison.Ordinal));
        var info1 = new DbContextOptionsBuilder().UseZohoCrm(source1).Options.FindExtension<ZohoCrmOptionsExtension>()!.Info;
        var info2 = new DbContextOptionsBuilder().UseZohoCrm(source2).Options.FindExtension<ZohoCrmOptionsExtension>()!.Info;
        var info3 = new DbContextOptionsBuilder().UseZohoCrm(new FakeDbConnection()).Options.FindExtension<ZohoCrmOptionsExtension>()!.Info;

        Assert.That(info1.GetServiceProviderHashCode(), Is.EqualTo(info2.GetServiceProviderHashCode()));
        Assert.That(info1.ShouldUseSameServiceProvider(info2), Is.True);
        Assert.That(info1.ShouldUseSameServiceProvider(info3), Is.True);
    }

    [Test]
    public void Client_side_filtering_does_not_change_translation_so_it_stays_out_of_the_service_provider_key()
    {
        var serverSide = new DbContextOptionsBuilder().UseZohoCrm(ConnectionString).Options.FindExtension<ZohoCrmOptionsExtension>()!.Info;
        var clientSide = new DbContextOptionsBuilder().UseZohoCrm(ConnectionString, o => o.UseServerSideFiltering(false))
            .Options.FindExtension<ZohoCrmOptionsExtension>()!.Info;
        Assert.That(serverSide.ShouldUseSameServiceProvider(clientSide), Is.True);
    }

    // EF keeps compiled queries in the service provider under a key without the collection mode: sharing one
    // provider, a context that asked for constants ran the parameters of a query another context compiled first.
    [Test]
    public void Contexts_with_different_collection_modes_translate_each_in_its_own_mode()
    {
        var ids = new List<string> { "a", "b" };
        string InList(CrmContext db) => db.Leads.Where(l => ids.Contains(l.Company!)).Select(l => l.Id).ToQueryString();

        using (var db = new CrmContext())
        {
            Assert.That(InList(db), Does.EndWith("WHERE Company IN (@ids1, @ids2)"));
        }

        using (var db = new CrmContext(o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Constant)))
        {
            Assert.That(InList(db), Does.EndWith("WHERE Company IN ('a', 'b')"));
        }

        using (var db = new CrmContext())
        {
            Assert.That(InList(db), Does.EndWith("WHERE Company IN (@ids1, @ids2)"));
        }
    }

    [Test]
    public void Query_settings_with_an_existing_connection_are_refused_rather_than_ignored()
    {
        using var db = new CrmContext(o => o.ClientSideFilterLimit(100));
        var exception = Assert.Throws<InvalidOperationException>(() => db.Leads.ToQueryString());
        Assert.That(exception!.Message, Is.EqualTo(EFCore.ZohoCrm.Properties.ZohoCrmStrings.QuerySettingsWithConnection));
    }

    [Test]
    public void Contexts_with_their_own_connections_share_the_provider_services()
    {
        using var a = new CrmContext();
        using var b = new CrmContext();
        Assert.That(a.Connection, Is.Not.SameAs(b.Connection));
        Assert.That(a.GetService<IRelationalTypeMappingSource>(), Is.SameAs(b.GetService<IRelationalTypeMappingSource>()));
        Assert.That(a.GetService<IModel>(), Is.SameAs(b.GetService<IModel>()));
    }

    [Test]
    public void AddZohoCrm_registers_the_context_and_resolves_a_named_connection_string()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Zoho"] = ConnectionString })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddZohoCrm<NamedContext>("Name=ConnectionStrings:Zoho", o => o.MaxBatchSize(25));
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<NamedContext>();

        Assert.That(context.Database.IsZohoCrm(), Is.True);
        Assert.That(context.Database.GetConnectionString(), Is.EqualTo(ConnectionString));
        Assert.That(context.GetService<IDbContextOptions>().FindExtension<ZohoCrmOptionsExtension>()!.MaxBatchSize, Is.EqualTo(25));
    }

    public sealed class NamedContext(DbContextOptions<NamedContext> options) : DbContext(options);
}
