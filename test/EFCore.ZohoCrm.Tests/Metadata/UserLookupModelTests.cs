using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EFCore.ZohoCrm.Tests.Metadata;

/// <summary>Conventions map user lookups: users are the <c>users</c> table with Zoho's lower-case keys.</summary>
public class UserLookupModelTests
{
    [Test]
    public void ZohoCrmUser_maps_to_the_lower_case_user_keys()
    {
        using var db = new UserLookupContext();
        var user = db.Model.FindEntityType(typeof(ZohoCrmUser))!;
        Assert.That(user.GetTableName(), Is.EqualTo("users"));
        Assert.That(user.GetProperties().Select(p => p.Name + "=" + p.GetColumnName()),
            Is.EquivalentTo(new[] { "Id=id", "FirstName=first_name", "LastName=last_name", "FullName=full_name", "Email=email" }));
    }

    [Test]
    public void Owner_and_audit_lookups_are_ownerlookup_fields_and_others_userlookup()
    {
        using var db = new UserLookupContext();
        var deal = db.Model.FindEntityType(typeof(OwnedDeal))!;
        Assert.That(deal.FindProperty(nameof(OwnedDeal.OwnerId))!.GetColumnType(), Is.EqualTo("ownerlookup"));
        Assert.That(deal.FindProperty(nameof(OwnedDeal.CreatedById))!.GetColumnType(), Is.EqualTo("ownerlookup"));
        Assert.That(deal.FindProperty(nameof(OwnedDeal.ApproverId))!.GetColumnType(), Is.EqualTo("userlookup"));
        Assert.That(deal.FindProperty(nameof(OwnedDeal.AccountId))!.GetColumnType(), Is.EqualTo("lookup"));
        Assert.That(deal.FindNavigation(nameof(OwnedDeal.Owner))!.ForeignKey.PrincipalEntityType.ClrType, Is.EqualTo(typeof(ZohoCrmUser)));
    }

    [Test]
    public void Owner_is_generated_on_insert_when_not_set_and_audit_lookups_are_never_written()
    {
        using var db = new UserLookupContext();
        var deal = db.Model.FindEntityType(typeof(OwnedDeal))!;
        var owner = deal.FindProperty(nameof(OwnedDeal.OwnerId))!;
        Assert.That(owner.ValueGenerated, Is.EqualTo(ValueGenerated.OnAdd));
        Assert.That(owner.GetAfterSaveBehavior(), Is.EqualTo(PropertySaveBehavior.Save));
        var createdBy = deal.FindProperty(nameof(OwnedDeal.CreatedById))!;
        Assert.That(createdBy.ValueGenerated, Is.EqualTo(ValueGenerated.OnAddOrUpdate));
        Assert.That(createdBy.GetBeforeSaveBehavior(), Is.EqualTo(PropertySaveBehavior.Ignore));
        Assert.That(createdBy.GetAfterSaveBehavior(), Is.EqualTo(PropertySaveBehavior.Ignore));
        Assert.That(deal.FindProperty(nameof(OwnedDeal.ApproverId))!.ValueGenerated, Is.EqualTo(ValueGenerated.Never));
    }

    [Test]
    public void A_user_type_of_ones_own_mapped_to_users_takes_the_user_keys_unless_configured()
    {
        using var db = new RepContext();
        var rep = db.Model.FindEntityType(typeof(Rep))!;
        Assert.That(rep.GetProperties().Select(p => p.Name + "=" + p.GetColumnName()),
            Is.EquivalentTo(new[] { "Id=id", "FirstName=first_name", "Last_Name=last_name", "Email=email", "Mobile=Mobile_Phone", "RoleId=role" }));
        Assert.That(db.Model.FindEntityType(typeof(RepRole))!.GetProperties().Select(p => p.Name + "=" + p.GetColumnName()),
            Is.EquivalentTo(new[] { "Id=id", "Name=name" }));
        Assert.That(db.Model.FindEntityType(typeof(RepDeal))!.FindProperty(nameof(RepDeal.OwnerId))!.GetColumnType(), Is.EqualTo("ownerlookup"));
    }

    [Test]
    public void An_explicit_column_type_on_the_lookup_is_kept()
    {
        using var db = new RepContext();
        Assert.That(db.Model.FindEntityType(typeof(RepDeal))!.FindProperty(nameof(RepDeal.ReviewerId))!.GetColumnType(), Is.EqualTo("ownerlookup"));
    }

    [Test]
    public void Owner_and_audit_fields_mapped_as_plain_longs_are_owner_lookups_too()
    {
        using var db = new RepContext();
        var deal = db.Model.FindEntityType(typeof(ScalarDeal))!;
        var owner = deal.FindProperty(nameof(ScalarDeal.OwnerId))!;
        Assert.That(owner.GetColumnType(), Is.EqualTo("ownerlookup"));
        Assert.That(owner.ValueGenerated, Is.EqualTo(ValueGenerated.OnAdd));
        var modifiedBy = deal.FindProperty(nameof(ScalarDeal.ModifiedById))!;
        Assert.That(modifiedBy.GetColumnType(), Is.EqualTo("ownerlookup"));
        Assert.That(modifiedBy.GetBeforeSaveBehavior(), Is.EqualTo(PropertySaveBehavior.Ignore));
        Assert.That(deal.FindProperty(nameof(ScalarDeal.Amount))!.GetColumnType(), Is.Not.EqualTo("ownerlookup"));
    }

    [System.ComponentModel.DataAnnotations.Schema.Table("Deals")]
    public class ScalarDeal
    {
        public long Id { get; set; }

        [System.ComponentModel.DataAnnotations.Schema.Column("Owner")]
        public long? OwnerId { get; set; }

        [System.ComponentModel.DataAnnotations.Schema.Column("Modified_By")]
        public long ModifiedById { get; set; }

        public long? Amount { get; set; }
    }

    public class Rep
    {
        public long Id { get; set; }

        public string? FirstName { get; set; }

        public string? Last_Name { get; set; }

        public string? Email { get; set; }

        public string? Mobile { get; set; }

        public long? RoleId { get; set; }

        public RepRole? Role { get; set; }
    }

    [System.ComponentModel.DataAnnotations.Schema.Table("roles")]
    public class RepRole
    {
        public long Id { get; set; }

        public string? Name { get; set; }
    }

    [System.ComponentModel.DataAnnotations.Schema.Table("Deals")]
    public class RepDeal
    {
        public long Id { get; set; }

        [System.ComponentModel.DataAnnotations.Schema.Column("Owner")]
        public long? OwnerId { get; set; }

        public Rep? Owner { get; set; }

        public long? ReviewerId { get; set; }

        public Rep? Reviewer { get; set; }
    }

    private sealed class RepContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(new FakeDbConnection());

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Rep>(rep =>
            {
                rep.ToTable("users");
                rep.Property(r => r.Mobile).HasColumnName("Mobile_Phone");
            });
            modelBuilder.Entity<RepDeal>().Property(d => d.ReviewerId).HasColumnName("Reviewer").HasColumnType("ownerlookup");
            modelBuilder.Entity<ScalarDeal>().ToTable("Deals2");
        }
    }
}
