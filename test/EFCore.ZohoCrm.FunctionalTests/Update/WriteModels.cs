using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>Leads with their e-mail (unique: an alternate key) and system times, as a user maps them to upsert and guard updates.</summary>
[Table("Leads")]
public class EmailLead
{
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    public string? First_Name { get; set; }

    public string? Company { get; set; }

    public string Email { get; set; } = "";

    public DateTimeOffset? Created_Time { get; set; }

    // Optimistic concurrency: an update is sent only if the record did not change after this was read.
    [ConcurrencyCheck]
    public DateTimeOffset? Modified_Time { get; set; }
}

/// <summary>A context over <see cref="EmailLead"/>, whose e-mail is the entity's alternate key.</summary>
public sealed class EmailLeadContext(string connectionString) : DbContext
{
    public DbSet<EmailLead> Leads => Set<EmailLead>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<EmailLead>(lead =>
    {
        lead.Property(l => l.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
        lead.HasAlternateKey(l => l.Email);
    });
}

/// <summary>Leads whose properties are named apart from their fields, saved two records a call.</summary>
[Table("Leads")]
public class RenamedLead
{
    public long Id { get; set; }

    [Column("Last_Name")]
    public string LastName { get; set; } = "";

    public string? Company { get; set; }
}

/// <summary>A context over <see cref="RenamedLead"/> with <c>MaxBatchSize(2)</c>.</summary>
public sealed class RenamedLeadContext(string connectionString) : DbContext
{
    public DbSet<RenamedLead> Leads => Set<RenamedLead>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString, o => o.MaxBatchSize(2));
}
