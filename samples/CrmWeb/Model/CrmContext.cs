using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Metadata;

namespace CrmWeb.Model;

[Table("Leads")]
public class Lead
{
    public long Id { get; set; }

    public string? First_Name { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Company { get; set; }

    public string? Email { get; set; }

    public string? Lead_Status { get; set; }

    public decimal? Annual_Revenue { get; set; }
}

[Table("Accounts")]
public class Account
{
    public long Id { get; set; }

    public string Account_Name { get; set; } = "";

    public string? Industry { get; set; }
}

[Table("Contacts")]
public class Contact
{
    public long Id { get; set; }

    public string? First_Name { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Email { get; set; }
}

[Table("Deals")]
public class Deal
{
    public long Id { get; set; }

    public string Deal_Name { get; set; } = "";

    public string Stage { get; set; } = "";

    public decimal? Amount { get; set; }

    public DateOnly? Closing_Date { get; set; }

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public Account? Account { get; set; }

    [Column("Contact_Name")]
    public long? ContactId { get; set; }

    public Contact? Contact { get; set; }
}

/// <summary>The app's context: registered with AddDbContextPool over the shared ZohoCrmDataSource (see Program.cs).</summary>
public class CrmContext(DbContextOptions<CrmContext> options) : DbContext(options)
{
    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<Deal> Deals => Set<Deal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.Property(l => l.Lead_Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
        });
        modelBuilder.Entity<Deal>(deal =>
        {
            deal.Property(d => d.Stage).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            deal.HasOne(d => d.Account).WithMany().HasForeignKey(d => d.AccountId);
            deal.HasOne(d => d.Contact).WithMany().HasForeignKey(d => d.ContactId);
        });
    }
}
