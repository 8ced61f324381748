using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.TestUtilities;

[Table("Accounts")]
public class OwnedAccount
{
    public long Id { get; set; }

    public string Account_Name { get; set; } = "";

    [Column("Owner")]
    public long? OwnerId { get; set; }

    public ZohoCrmUser? Owner { get; set; }

    [Column("Parent_Account")]
    public long? ParentAccountId { get; set; }

    public OwnedAccount? ParentAccount { get; set; }
}

/// <summary>A deal with every kind of user lookup: the owner, the audit lookups and a custom user lookup.</summary>
[Table("Deals")]
public class OwnedDeal
{
    public long Id { get; set; }

    public string Deal_Name { get; set; } = "";

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public OwnedAccount? Account { get; set; }

    [Column("Owner")]
    public long? OwnerId { get; set; }

    public ZohoCrmUser? Owner { get; set; }

    [Column("Created_By")]
    public long? CreatedById { get; set; }

    public ZohoCrmUser? CreatedBy { get; set; }

    [Column("Approver")]
    public long? ApproverId { get; set; }

    public ZohoCrmUser? Approver { get; set; }
}

/// <summary>Accounts and deals whose user lookups point to <see cref="ZohoCrmUser"/>, over a fake connection.</summary>
public class UserLookupContext : DbContext
{
    public DbSet<OwnedAccount> Accounts => Set<OwnedAccount>();

    public DbSet<OwnedDeal> Deals => Set<OwnedDeal>();

    public DbSet<ZohoCrmUser> Users => Set<ZohoCrmUser>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(new FakeDbConnection());
}
