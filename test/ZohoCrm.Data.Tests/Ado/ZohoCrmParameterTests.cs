using System.Data;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Tests.Ado;

public class ZohoCrmParameterTests
{
    [TestCase("@city", "city")]
    [TestCase("city", "city")]
    [TestCase("", "")]
    public void Name_is_normalized_without_the_at_sign(string name, string normalized)
    {
        var parameter = new ZohoCrmParameter(name, 1);
        Assert.That(parameter.ParameterName, Is.EqualTo(name));
        Assert.That(parameter.NormalizedName, Is.EqualTo(normalized));
    }

    [Test]
    public void Null_name_reads_back_as_empty() =>
        Assert.That(new ZohoCrmParameter { ParameterName = null }.ParameterName, Is.Empty);

    [TestCase("Hot", DbType.String)]
    [TestCase(42, DbType.Int32)]
    [TestCase(42L, DbType.Int64)]
    [TestCase(4.5, DbType.Double)]
    [TestCase(true, DbType.Boolean)]
    public void DbType_is_inferred_from_the_value(object value, DbType expected) =>
        Assert.That(new ZohoCrmParameter("p", value).DbType, Is.EqualTo(expected));

    [Test]
    public void DbType_is_inferred_for_decimals_dates_and_offsets()
    {
        Assert.That(new ZohoCrmParameter("p", 1.5m).DbType, Is.EqualTo(DbType.Decimal));
        Assert.That(new ZohoCrmParameter("p", new DateOnly(2025, 1, 2)).DbType, Is.EqualTo(DbType.Date));
        Assert.That(new ZohoCrmParameter("p", DateTimeOffset.UnixEpoch).DbType, Is.EqualTo(DbType.DateTimeOffset));
        Assert.That(new ZohoCrmParameter("p", new[] { "a", "b" }).DbType, Is.EqualTo(DbType.Object));
        Assert.That(new ZohoCrmParameter("p", null).DbType, Is.EqualTo(DbType.String));
    }

    [Test]
    public void Explicit_DbType_wins_until_reset()
    {
        var parameter = new ZohoCrmParameter("p", 42) { DbType = DbType.Int64 };
        Assert.That(parameter.DbType, Is.EqualTo(DbType.Int64));
        parameter.ResetDbType();
        Assert.That(parameter.DbType, Is.EqualTo(DbType.Int32));
    }

    [Test]
    public void Zoho_type_is_carried_for_the_binder()
    {
        var parameter = new ZohoCrmParameter("@when", ZohoCrmFieldType.Date, new DateTime(2025, 3, 1));
        Assert.That(parameter.ZohoType, Is.EqualTo(ZohoCrmFieldType.Date));
        Assert.That(new ZohoCrmParameter("p", 1).ZohoType, Is.Null);
    }

    [TestCase(ParameterDirection.Output)]
    [TestCase(ParameterDirection.InputOutput)]
    [TestCase(ParameterDirection.ReturnValue)]
    public void Non_input_direction_is_rejected_with_the_parameter_name(ParameterDirection direction)
    {
        var parameter = new ZohoCrmParameter("@total", 0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => parameter.Direction = direction);
        Assert.That(error!.Message, Does.Contain("@total").And.Contain(direction.ToString()).And.Contain("Input"));
        Assert.That(parameter.Direction, Is.EqualTo(ParameterDirection.Input));
    }

    [Test]
    public void Input_direction_is_accepted() =>
        Assert.DoesNotThrow(() => new ZohoCrmParameter("p", 1).Direction = ParameterDirection.Input);

    [Test]
    public void Null_and_DBNull_are_null()
    {
        Assert.That(new ZohoCrmParameter("p", null).IsNull, Is.True);
        Assert.That(new ZohoCrmParameter("p", DBNull.Value).IsNull, Is.True);
        Assert.That(new ZohoCrmParameter("p", "").IsNull, Is.False);
    }

    [Test]
    public void Clone_copies_every_setting_and_belongs_to_no_collection()
    {
        var command = new ZohoCrmParameterCollectionHost();
        var original = command.Parameters.Add(new ZohoCrmParameter("@p", ZohoCrmFieldType.Currency, 12.5m)
        {
            Size = 10, Precision = 12, Scale = 2, IsNullable = true, SourceColumn = "Amount", DbType = DbType.Decimal,
        });

        var clone = original.Clone();

        Assert.That(clone, Is.Not.SameAs(original));
        Assert.That((clone.ParameterName, clone.Value, clone.ZohoType, clone.Size, clone.Precision, clone.Scale, clone.IsNullable, clone.SourceColumn, clone.DbType),
            Is.EqualTo((original.ParameterName, original.Value, original.ZohoType, original.Size, original.Precision, original.Scale, original.IsNullable, original.SourceColumn, original.DbType)));
        Assert.DoesNotThrow(() => new ZohoCrmParameterCollectionHost().Parameters.Add(clone));
    }
}

/// <summary>The collection's constructor is internal: commands create it. This host stands in for a command in unit tests.</summary>
internal sealed class ZohoCrmParameterCollectionHost
{
    public ZohoCrmParameterCollection Parameters { get; } = CreateCollection();

    private static ZohoCrmParameterCollection CreateCollection() =>
        (ZohoCrmParameterCollection)Activator.CreateInstance(typeof(ZohoCrmParameterCollection), nonPublic: true)!;
}
