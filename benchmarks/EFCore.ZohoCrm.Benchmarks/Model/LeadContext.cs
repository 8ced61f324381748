using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Benchmarks.Model;

/// <summary>The context the benchmarks query; one options instance per data source, as an application holds it.</summary>
public class LeadContext(DbContextOptions<LeadContext> options) : DbContext(options)
{
    public DbSet<Lead> Leads => Set<Lead>();

    public static DbContextOptions<LeadContext> CreateOptions(ZohoCrmDataSource dataSource) =>
        new DbContextOptionsBuilder<LeadContext>().UseZohoCrm(dataSource).Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.Property(l => l.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
            lead.Property(l => l.Lead_Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.OwnerId).HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup);
        });
}
