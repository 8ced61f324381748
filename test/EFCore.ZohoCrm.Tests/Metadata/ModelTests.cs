using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EFCore.ZohoCrm.Tests.Metadata;

/// <summary>Conventions map the model onto Zoho's records; validation rejects what Zoho cannot hold.</summary>
public class ModelTests
{
    [Test]
    public void Key_is_the_id_field_generated_by_Zoho()
    {
        using var db = new CrmContext();
        var key = db.Model.FindEntityType(typeof(Lead))!.FindPrimaryKey()!.Properties.Single();
        Assert.That(key.GetColumnName(), Is.EqualTo("id"));
        Assert.That(key.ValueGenerated, Is.EqualTo(ValueGenerated.OnAdd));
    }

    [Test]
    public void System_fields_are_read_back_and_never_written()
    {
        using var db = new CrmContext();
        var modified = db.Model.FindEntityType(typeof(Lead))!.FindProperty(nameof(Lead.Modified_Time))!;
        Assert.That(modified.ValueGenerated, Is.EqualTo(ValueGenerated.OnAddOrUpdate));
        Assert.That(modified.GetBeforeSaveBehavior(), Is.EqualTo(PropertySaveBehavior.Ignore));
        Assert.That(modified.GetAfterSaveBehavior(), Is.EqualTo(PropertySaveBehavior.Ignore));
        var name = db.Model.FindEntityType(typeof(Lead))!.FindProperty(nameof(Lead.Last_Name))!;
        Assert.That(name.ValueGenerated, Is.EqualTo(ValueGenerated.Never));
    }

    [Test]
    public void Lookup_foreign_key_has_reference_and_inverse_collection()
    {
        using var db = new CrmContext();
        var foreignKey = db.Model.FindEntityType(typeof(Contact))!.GetForeignKeys().Single();
        Assert.That(foreignKey.Properties.Single().GetColumnName(), Is.EqualTo("Account_Name"));
        Assert.That(foreignKey.DependentToPrincipal!.Name, Is.EqualTo(nameof(Contact.Account)));
        Assert.That(foreignKey.PrincipalToDependent!.Name, Is.EqualTo(nameof(Account.Contacts)));
    }

    [Test]
    public void Composite_key_is_rejected_with_what_to_do()
    {
        using var db = new ModelContext(b => b.Entity<Widget>().HasKey(w => new { w.Id, w.Name }));
        var exception = Assert.Throws<InvalidOperationException>(() => _ = db.Model);
        Assert.That(exception!.Message, Does.Contain("composite key").And.Contain("Make the 'id' field (a long) the key"));
    }

    [Test]
    public void Key_mapped_to_another_field_is_rejected()
    {
        using var db = new ModelContext(b => b.Entity<Widget>().Property(w => w.Id).HasColumnName("Widget_Number"));
        var exception = Assert.Throws<InvalidOperationException>(() => _ = db.Model);
        Assert.That(exception!.Message, Does.Contain("'Widget_Number'").And.Contain("HasColumnName(\"id\")"));
    }

    [Test]
    public void Key_of_another_type_than_long_is_rejected()
    {
        using var db = new ModelContext(b => b.Entity<Gadget>());
        var exception = Assert.Throws<InvalidOperationException>(() => _ = db.Model);
        Assert.That(exception!.Message, Does.Contain("Declare it as long"));
    }

    [Test]
    public void Json_complex_type_is_rejected()
    {
        using var db = new ModelContext(b => b.Entity<Widget>().ComplexProperty(w => w.Address, c => c.ToJson()));
        var exception = Assert.Throws<InvalidOperationException>(() => _ = db.Model);
        Assert.That(exception!.Message, Does.Contain("JSON column").And.Contain("'Address'"));
    }

    [Test]
    public void Complex_type_without_json_maps_to_fields_of_the_module()
    {
        using var db = new ModelContext(b => b.Entity<Widget>().ToTable("Widgets")
            .ComplexProperty(w => w.Address, c => c.Property(a => a.City).HasColumnName("Mailing_City")));
        Assert.That(db.Set<Widget>().Where(w => w.Address.City == "Pleasanton").Select(w => w.Address).ToQueryString(),
            Is.EqualTo("SELECT Mailing_City FROM Widgets WHERE Mailing_City = 'Pleasanton'"));
    }

    [Test]
    public void Sequence_is_rejected()
    {
        using var db = new ModelContext(b => b.HasSequence<long>("Numbers"));
        var exception = Assert.Throws<InvalidOperationException>(() => _ = db.Model);
        Assert.That(exception!.Message, Does.Contain("sequence 'Numbers'"));
    }

    [Test]
    public void Tpt_inheritance_is_rejected()
    {
        using var db = new ModelContext(b =>
        {
            b.Entity<Widget>().UseTptMappingStrategy();
            b.Entity<SpecialWidget>();
        });
        var exception = Assert.Throws<InvalidOperationException>(() => _ = db.Model);
        Assert.That(exception!.Message, Does.Contain("TPT inheritance mapping"));
    }

    [Test]
    public void Concurrency_token_other_than_Modified_Time_is_rejected()
    {
        using var db = new ModelContext(b => b.Entity<Widget>().Property(w => w.Name).IsConcurrencyToken());
        var exception = Assert.Throws<InvalidOperationException>(() => _ = db.Model);
        Assert.That(exception!.Message, Does.Contain("concurrency token").And.Contain("Modified_Time").And.Contain("'Name'"));
    }

    [Test]
    public void Schema_is_rejected()
    {
        using var db = new ModelContext(b => b.Entity<Widget>().ToTable("Widgets", "crm"));
        var exception = Assert.Throws<InvalidOperationException>(() => _ = db.Model);
        Assert.That(exception!.Message, Does.Contain("schema 'crm'"));
    }

    public class Widget
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";

        public Address Address { get; set; } = new();
    }

    public class SpecialWidget : Widget
    {
        public string? Extra { get; set; }
    }

    public class Address
    {
        public string? City { get; set; }
    }

    public class Gadget
    {
        public Guid Id { get; set; }
    }

    private sealed class ModelContext(Action<ModelBuilder> configure) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(new FakeDbConnection()).ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, PerInstanceModelCacheKeyFactory>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => configure(modelBuilder);
    }

    // Each test builds its own model.
    private sealed class PerInstanceModelCacheKeyFactory : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context, designTime);
    }
}
