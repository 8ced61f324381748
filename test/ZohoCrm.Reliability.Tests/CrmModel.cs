using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Reliability.Tests;

/// <summary>Part of the emulator's standard org, mapped as a user would map it.</summary>
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

    public string Last_Name { get; set; } = "";

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public Account? Account { get; set; }
}

[Table("Leads")]
public class Lead
{
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Lead_Source { get; set; }

    public int? No_of_Employees { get; set; }

    public string? Description { get; set; }
}

public class CrmContext : DbContext
{
    private readonly string? _connectionString;
    private readonly ZohoCrm.Data.ZohoCrmDataSource? _dataSource;

    public CrmContext(string connectionString) => _connectionString = connectionString;

    /// <summary>On a data source built by the test (its own HTTP handler or logger).</summary>
    public CrmContext(ZohoCrm.Data.ZohoCrmDataSource dataSource) => _dataSource = dataSource;

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Lead> Leads => Set<Lead>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (_dataSource is not null)
        {
            optionsBuilder.UseZohoCrm(_dataSource);
        }
        else
        {
            optionsBuilder.UseZohoCrm(_connectionString);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.Property(l => l.Lead_Source).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Description).HasZohoCrmFieldType(ZohoCrmFieldType.Textarea);
        });
        modelBuilder.Entity<Account>(account => account.Property(a => a.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist));
    }
}
