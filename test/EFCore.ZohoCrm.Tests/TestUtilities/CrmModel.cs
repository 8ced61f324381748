using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Tests.TestUtilities;

public enum LeadSource
{
    Advertisement,
    ColdCall,
    WebDownload,
}

[Table("Accounts")]
public class Account
{
    public long Id { get; set; }

    public string Account_Name { get; set; } = "";

    public string? Industry { get; set; }

    public decimal? Annual_Revenue { get; set; }

    [Column("Parent_Account")]
    public long? ParentAccountId { get; set; }

    public Account? ParentAccount { get; set; }

    public List<Contact> Contacts { get; set; } = [];
}

[Table("Contacts")]
public class Contact
{
    public long Id { get; set; }

    [Column("Last_Name")]
    public string LastName { get; set; } = "";

    public string? First_Name { get; set; }

    public string? Email { get; set; }

    public DateOnly? Date_of_Birth { get; set; }

    public bool Email_Opt_Out { get; set; }

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public Account? Account { get; set; }

    public DateTimeOffset Created_Time { get; set; }
}

[Table("Leads")]
public class Lead
{
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Company { get; set; }

    public string? Lead_Status { get; set; }

    public LeadSource? Lead_Source { get; set; }

    public decimal? Annual_Revenue { get; set; }

    public int? No_of_Employees { get; set; }

    public bool Email_Opt_Out { get; set; }

    public string? Description { get; set; }

    public List<string> Languages { get; set; } = [];

    public DateTimeOffset Modified_Time { get; set; }
}

/// <summary>
/// A small CRM model (Accounts, Contacts with a lookup to Accounts, Leads) over a fake connection with the given
/// provider options, or configured by <paramref name="useZohoCrm"/>
/// (a connection string or a data source) when it is given.
/// </summary>
public class CrmContext(
    Action<ZohoCrm.Infrastructure.ZohoCrmDbContextOptionsBuilder>? zohoOptions = null,
    Action<DbContextOptionsBuilder>? useZohoCrm = null) : DbContext
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Lead> Leads => Set<Lead>();

    public FakeDbConnection Connection { get; } = new();

    public CommandCapture Commands { get; } = new();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (useZohoCrm is null)
        {
            optionsBuilder.UseZohoCrm(Connection, zohoOptions);
        }
        else
        {
            useZohoCrm(optionsBuilder);
        }

        optionsBuilder.AddInterceptors(Commands);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.Property(l => l.Lead_Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Description).HasZohoCrmFieldType(ZohoCrmFieldType.Textarea);
        });
        modelBuilder.Entity<Contact>().Property(c => c.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
        modelBuilder.Entity<Account>().HasOne(a => a.ParentAccount).WithMany().HasForeignKey(a => a.ParentAccountId);
    }
}
