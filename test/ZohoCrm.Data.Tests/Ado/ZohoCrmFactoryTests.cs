using System.Data.Common;

namespace ZohoCrm.Data.Tests.Ado;

public class ZohoCrmFactoryTests
{
    [Test]
    public void Creates_the_providers_objects()
    {
        var factory = ZohoCrmFactory.Instance;
        Assert.That(factory.CreateConnection(), Is.InstanceOf<ZohoCrmConnection>());
        Assert.That(factory.CreateCommand(), Is.InstanceOf<ZohoCrmCommand>());
        Assert.That(factory.CreateParameter(), Is.InstanceOf<ZohoCrmParameter>());
        Assert.That(factory.CreateConnectionStringBuilder(), Is.InstanceOf<ZohoCrmConnectionStringBuilder>());
        Assert.That(factory.CanCreateDataAdapter, Is.False);
    }

    [Test]
    public void Registers_with_DbProviderFactories_and_is_reachable_from_a_connection()
    {
        DbProviderFactories.RegisterFactory("ZohoCrm.Data", ZohoCrmFactory.Instance);
        Assert.That(DbProviderFactories.GetFactory("ZohoCrm.Data"), Is.SameAs(ZohoCrmFactory.Instance));
        Assert.That(DbProviderFactories.GetFactory(new ZohoCrmConnection()), Is.SameAs(ZohoCrmFactory.Instance));
    }

    [Test]
    public void Its_data_source_opens_zoho_connections()
    {
        using var dataSource = ZohoCrmFactory.Instance.CreateDataSource(ZohoCrmConnectionTests.ConnectionString);
        using var connection = dataSource.CreateConnection();
        Assert.That(connection, Is.InstanceOf<ZohoCrmConnection>());
        Assert.That(connection.ConnectionString, Is.EqualTo(ZohoCrmConnectionTests.ConnectionString));
    }
}
