using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace QuickStart.Model;

// Four modules of a standard Zoho CRM org, mapped as a user would map them: a class per module, a property per field,
// lookups as foreign keys with navigations. Picklists are declared so their values are sent the way Zoho compares them.

[Table("Leads")]
public class Lead
{
    public long Id { get; set; }

    public string? First_Name { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Company { get; set; }

    public string? Lead_Status { get; set; }

    public string? Industry { get; set; }

    public decimal? Annual_Revenue { get; set; }

    public string? Description { get; set; }
}

[Table("Accounts")]
public class Account
{
    public long Id { get; set; }

    public string Account_Name { get; set; } = "";

    public string? Industry { get; set; }

    public List<Contact> Contacts { get; set; } = [];
}

[Table("Contacts")]
public class Contact
{
    public long Id { get; set; }

    public string? First_Name { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Email { get; set; }

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public Account? Account { get; set; }
}

[Table("Deals")]
public class Deal
{
    public long Id { get; set; }

    public string Deal_Name { get; set; } = "";

    public string Stage { get; set; } = "";

    public decimal? Amount { get; set; }

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public Account? Account { get; set; }

    [Column("Contact_Name")]
    public long? ContactId { get; set; }

    public Contact? Contact { get; set; }
}

/// <summary>
/// The tour's context over a shared <see cref="ZohoCrmDataSource"/> (one HTTP pipeline and token for every context).
/// A data source keeps its own settings, <c>UseServerSideFiltering</c> included: set them on its connection string.
/// </summary>
public class CrmContext(ZohoCrmDataSource dataSource) : DbContext
{
    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Deal> Deals => Set<Deal>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseZohoCrm(dataSource);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.Property(l => l.Lead_Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Description).HasZohoCrmFieldType(ZohoCrmFieldType.Textarea);
        });
        modelBuilder.Entity<Account>().Property(a => a.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
        modelBuilder.Entity<Contact>().Property(c => c.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
        modelBuilder.Entity<Deal>(deal =>
        {
            deal.Property(d => d.Stage).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            deal.HasOne(d => d.Account).WithMany().HasForeignKey(d => d.AccountId);
            deal.HasOne(d => d.Contact).WithMany().HasForeignKey(d => d.ContactId);
        });
    }
}
