using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.FunctionalTests.TestUtilities;

/// <summary>Part of the emulator's standard org, mapped as a user would map it.</summary>
[Table("Accounts")]
public class Account
{
    public long Id { get; set; }

    public string Account_Name { get; set; } = "";

    public string? Industry { get; set; }

    public decimal? Annual_Revenue { get; set; }

    public int? Employees { get; set; }

    [Column("Parent_Account")]
    public long? ParentAccountId { get; set; }

    public Account? ParentAccount { get; set; }

    public List<Contact> Contacts { get; set; } = [];
}

[Table("Contacts")]
public class Contact
{
    public long Id { get; set; }

    public string? First_Name { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Email { get; set; }

    public DateOnly? Date_of_Birth { get; set; }

    public bool Email_Opt_Out { get; set; }

    public string? Lead_Source { get; set; }

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public Account? Account { get; set; }

    [Column("Owner")]
    public long? OwnerId { get; set; }

    public ZohoCrmUser? Owner { get; set; }
}

[Table("Leads")]
public class Lead
{
    public long Id { get; set; }

    public string? First_Name { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Company { get; set; }

    public string? Lead_Status { get; set; }

    public string? Lead_Source { get; set; }

    public string? Industry { get; set; }

    public int? No_of_Employees { get; set; }

    public decimal? Annual_Revenue { get; set; }

    public bool Email_Opt_Out { get; set; }

    public List<string>? Languages_Spoken { get; set; }

    public DateOnly? Preferred_Contact_Date { get; set; }

    public decimal? Discount_Rate { get; set; }

    [Column("Owner")]
    public long? OwnerId { get; set; }

    public ZohoCrmUser? Owner { get; set; }
}

/// <summary>A task: <c>What_Id</c> points at a record of one of several modules (an account, a deal, a lead ...), named by <c>$se_module</c>.</summary>
[Table("Tasks")]
public class CrmTask
{
    public long Id { get; set; }

    public string Subject { get; set; } = "";

    public string? Status { get; set; }

    [Column("What_Id")]
    public long? WhatId { get; set; }

    /// <summary>The module of the record <see cref="WhatId"/> points at (Zoho's <c>$se_module</c>).</summary>
    [Column("$se_module")]
    public string? WhatModule { get; set; }

    [Column("Who_Id")]
    public long? WhoId { get; set; }
}

/// <summary>A note: <c>Parent_Id</c> points at the record of one of several modules it is attached to.</summary>
[Table("Notes")]
public class CrmNote
{
    public long Id { get; set; }

    public string? Note_Title { get; set; }

    [Column("Parent_Id")]
    public long ParentId { get; set; }
}

public class CrmContext(string connectionString) : DbContext
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<CrmTask> Tasks => Set<CrmTask>();

    public DbSet<CrmNote> Notes => Set<CrmNote>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.Property(l => l.Lead_Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Lead_Source).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Discount_Rate).HasZohoCrmFieldType(ZohoCrmFieldType.Percent);
        });
        modelBuilder.Entity<Account>(account =>
        {
            account.Property(a => a.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            account.HasOne(a => a.ParentAccount).WithMany().HasForeignKey(a => a.ParentAccountId);
        });
        modelBuilder.Entity<CrmTask>(task =>
        {
            task.Property(t => t.Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            task.Property(t => t.WhatId).HasZohoCrmFieldType(ZohoCrmFieldType.Lookup);
            task.Property(t => t.WhoId).HasZohoCrmFieldType(ZohoCrmFieldType.Lookup);
        });
        modelBuilder.Entity<CrmNote>().Property(n => n.ParentId).HasZohoCrmFieldType(ZohoCrmFieldType.Lookup);
        modelBuilder.Entity<Contact>(contact =>
        {
            contact.Property(c => c.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
            contact.Property(c => c.Lead_Source).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
        });
    }
}
