using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Benchmarks.EndToEnd;

/// <summary>A Lead with the fields every variant of the end-to-end benchmark reads and writes.</summary>
[Table("Leads")]
public class E2eLead
{
    [JsonProperty("id")]
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    public string? First_Name { get; set; }

    public string? Company { get; set; }

    public string? Email { get; set; }

    public string? Lead_Status { get; set; }

    public string? Designation { get; set; }

    public decimal? Annual_Revenue { get; set; }
}

/// <summary>An Account with its Contacts.</summary>
[Table("Accounts")]
public class E2eAccount
{
    [JsonProperty("id")]
    public long Id { get; set; }

    public string Account_Name { get; set; } = "";

    [JsonIgnore]
    public List<E2eContact> Contacts { get; } = [];
}

/// <summary>A Contact with the lookup to its Account.</summary>
[Table("Contacts")]
public class E2eContact
{
    [JsonProperty("id")]
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>Multi-line text: equality on it is routed to the Search API.</summary>
    public string? Description { get; set; }

    [Column("Account_Name")]
    [JsonIgnore]
    public long? AccountId { get; set; }

    [JsonIgnore]
    public E2eAccount? Account { get; set; }
}

/// <summary>The context of the EF variant.</summary>
public class E2eContext(DbContextOptions<E2eContext> options) : DbContext(options)
{
    public DbSet<E2eLead> Leads => Set<E2eLead>();

    public DbSet<E2eAccount> Accounts => Set<E2eAccount>();

    public DbSet<E2eContact> Contacts => Set<E2eContact>();

    public static DbContextOptions<E2eContext> CreateOptions(ZohoCrmDataSource dataSource) =>
        new DbContextOptionsBuilder<E2eContext>().UseZohoCrm(dataSource).Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<E2eLead>(lead =>
        {
            lead.Property(l => l.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
            lead.Property(l => l.Lead_Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
        });
        modelBuilder.Entity<E2eContact>(contact =>
        {
            contact.Property(c => c.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
            contact.Property(c => c.AccountId).HasZohoCrmFieldType(ZohoCrmFieldType.Lookup);
            contact.HasOne(c => c.Account).WithMany(a => a.Contacts).HasForeignKey(c => c.AccountId);
        });
    }
}
