using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Org100Context : DbContext
{
    public Org100Context(DbContextOptions<Org100Context> options)
        : base(options)
    {
    }

    public virtual DbSet<Account> Accounts { get; set; }

    public virtual DbSet<Campaign> Campaigns { get; set; }

    public virtual DbSet<Case> Cases { get; set; }

    public virtual DbSet<Contact> Contacts { get; set; }

    public virtual DbSet<CrmCall> Calls { get; set; }

    public virtual DbSet<CrmEvent> Events { get; set; }

    public virtual DbSet<CrmTask> Tasks { get; set; }

    public virtual DbSet<CustomModule1> CustomModule1s { get; set; }

    public virtual DbSet<CustomModule10> CustomModule10s { get; set; }

    public virtual DbSet<CustomModule11> CustomModule11s { get; set; }

    public virtual DbSet<CustomModule12> CustomModule12s { get; set; }

    public virtual DbSet<CustomModule13> CustomModule13s { get; set; }

    public virtual DbSet<CustomModule14> CustomModule14s { get; set; }

    public virtual DbSet<CustomModule15> CustomModule15s { get; set; }

    public virtual DbSet<CustomModule16> CustomModule16s { get; set; }

    public virtual DbSet<CustomModule17> CustomModule17s { get; set; }

    public virtual DbSet<CustomModule18> CustomModule18s { get; set; }

    public virtual DbSet<CustomModule19> CustomModule19s { get; set; }

    public virtual DbSet<CustomModule2> CustomModule2s { get; set; }

    public virtual DbSet<CustomModule20> CustomModule20s { get; set; }

    public virtual DbSet<CustomModule21> CustomModule21s { get; set; }

    public virtual DbSet<CustomModule22> CustomModule22s { get; set; }

    public virtual DbSet<CustomModule23> CustomModule23s { get; set; }

    public virtual DbSet<CustomModule24> CustomModule24s { get; set; }

    public virtual DbSet<CustomModule25> CustomModule25s { get; set; }

    public virtual DbSet<CustomModule26> CustomModule26s { get; set; }

    public virtual DbSet<CustomModule27> CustomModule27s { get; set; }

    public virtual DbSet<CustomModule28> CustomModule28s { get; set; }

    public virtual DbSet<CustomModule29> CustomModule29s { get; set; }

    public virtual DbSet<CustomModule3> CustomModule3s { get; set; }

    public virtual DbSet<CustomModule30> CustomModule30s { get; set; }

    public virtual DbSet<CustomModule31> CustomModule31s { get; set; }

    public virtual DbSet<CustomModule32> CustomModule32s { get; set; }

    public virtual DbSet<CustomModule33> CustomModule33s { get; set; }

    public virtual DbSet<CustomModule34> CustomModule34s { get; set; }

    public virtual DbSet<CustomModule35> CustomModule35s { get; set; }

    public virtual DbSet<CustomModule36> CustomModule36s { get; set; }

    public virtual DbSet<CustomModule37> CustomModule37s { get; set; }

    public virtual DbSet<CustomModule38> CustomModule38s { get; set; }

    public virtual DbSet<CustomModule39> CustomModule39s { get; set; }

    public virtual DbSet<CustomModule4> CustomModule4s { get; set; }

    public virtual DbSet<CustomModule40> CustomModule40s { get; set; }

    public virtual DbSet<CustomModule41> CustomModule41s { get; set; }

    public virtual DbSet<CustomModule42> CustomModule42s { get; set; }

    public virtual DbSet<CustomModule43> CustomModule43s { get; set; }

    public virtual DbSet<CustomModule44> CustomModule44s { get; set; }

    public virtual DbSet<CustomModule45> CustomModule45s { get; set; }

    public virtual DbSet<CustomModule46> CustomModule46s { get; set; }

    public virtual DbSet<CustomModule47> CustomModule47s { get; set; }

    public virtual DbSet<CustomModule48> CustomModule48s { get; set; }

    public virtual DbSet<CustomModule49> CustomModule49s { get; set; }

    public virtual DbSet<CustomModule5> CustomModule5s { get; set; }

    public virtual DbSet<CustomModule50> CustomModule50s { get; set; }

    public virtual DbSet<CustomModule51> CustomModule51s { get; set; }

    public virtual DbSet<CustomModule52> CustomModule52s { get; set; }

    public virtual DbSet<CustomModule53> CustomModule53s { get; set; }

    public virtual DbSet<CustomModule54> CustomModule54s { get; set; }

    public virtual DbSet<CustomModule55> CustomModule55s { get; set; }

    public virtual DbSet<CustomModule56> CustomModule56s { get; set; }

    public virtual DbSet<CustomModule57> CustomModule57s { get; set; }

    public virtual DbSet<CustomModule58> CustomModule58s { get; set; }

    public virtual DbSet<CustomModule59> CustomModule59s { get; set; }

    public virtual DbSet<CustomModule6> CustomModule6s { get; set; }

    public virtual DbSet<CustomModule60> CustomModule60s { get; set; }

    public virtual DbSet<CustomModule61> CustomModule61s { get; set; }

    public virtual DbSet<CustomModule62> CustomModule62s { get; set; }

    public virtual DbSet<CustomModule63> CustomModule63s { get; set; }

    public virtual DbSet<CustomModule64> CustomModule64s { get; set; }

    public virtual DbSet<CustomModule65> CustomModule65s { get; set; }

    public virtual DbSet<CustomModule66> CustomModule66s { get; set; }

    public virtual DbSet<CustomModule67> CustomModule67s { get; set; }

    public virtual DbSet<CustomModule68> CustomModule68s { get; set; }

    public virtual DbSet<CustomModule69> CustomModule69s { get; set; }

    public virtual DbSet<CustomModule7> CustomModule7s { get; set; }

    public virtual DbSet<CustomModule70> CustomModule70s { get; set; }

    public virtual DbSet<CustomModule71> CustomModule71s { get; set; }

    public virtual DbSet<CustomModule72> CustomModule72s { get; set; }

    public virtual DbSet<CustomModule73> CustomModule73s { get; set; }

    public virtual DbSet<CustomModule74> CustomModule74s { get; set; }

    public virtual DbSet<CustomModule75> CustomModule75s { get; set; }

    public virtual DbSet<CustomModule76> CustomModule76s { get; set; }

    public virtual DbSet<CustomModule77> CustomModule77s { get; set; }

    public virtual DbSet<CustomModule78> CustomModule78s { get; set; }

    public virtual DbSet<CustomModule79> CustomModule79s { get; set; }

    public virtual DbSet<CustomModule8> CustomModule8s { get; set; }

    public virtual DbSet<CustomModule80> CustomModule80s { get; set; }

    public virtual DbSet<CustomModule81> CustomModule81s { get; set; }

    public virtual DbSet<CustomModule82> CustomModule82s { get; set; }

    public virtual DbSet<CustomModule83> CustomModule83s { get; set; }

    public virtual DbSet<CustomModule84> CustomModule84s { get; set; }

    public virtual DbSet<CustomModule85> CustomModule85s { get; set; }

    public virtual DbSet<CustomModule86> CustomModule86s { get; set; }

    public virtual DbSet<CustomModule87> CustomModule87s { get; set; }

    public virtual DbSet<CustomModule88> CustomModule88s { get; set; }

    public virtual DbSet<CustomModule9> CustomModule9s { get; set; }

    public virtual DbSet<Deal> Deals { get; set; }

    public virtual DbSet<Lead> Leads { get; set; }

    public virtual DbSet<Product> Products { get; set; }

    public virtual DbSet<Project> Projects { get; set; }

    public virtual DbSet<Vendor> Vendors { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountName)
                .HasMaxLength(200)
                .HasColumnName("Account_Name");
            entity.Property(e => e.AccountNumber)
                .HasMaxLength(40)
                .HasColumnName("Account_Number");
            entity.Property(e => e.AccountSite)
                .HasMaxLength(80)
                .HasColumnName("Account_Site");
            entity.Property(e => e.AccountType)
                .HasZohoCrmPicklistValues("Analyst", "Competitor", "Customer", "Distributor", "Integrator", "Investor", "Other", "Partner", "Press", "Prospect", "Reseller", "Supplier", "Vendor")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Account_Type");
            entity.Property(e => e.AnnualRevenue)
                .HasPrecision(16, 2)
                .HasColumnName("Annual_Revenue");
            entity.Property(e => e.BillingCity)
                .HasMaxLength(100)
                .HasColumnName("Billing_City");
            entity.Property(e => e.BillingCode)
                .HasMaxLength(30)
                .HasColumnName("Billing_Code");
            entity.Property(e => e.BillingCountry)
                .HasMaxLength(100)
                .HasColumnName("Billing_Country");
            entity.Property(e => e.BillingState)
                .HasMaxLength(100)
                .HasColumnName("Billing_State");
            entity.Property(e => e.BillingStreet)
                .HasMaxLength(250)
                .HasColumnName("Billing_Street");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.Fax)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.Industry)
                .HasZohoCrmPicklistValues("ASP (Application Service Provider)", "Data/Telecom OEM", "ERP (Enterprise Resource Planning)", "Government/Military", "Large Enterprise", "Management ISV", "MSP (Management Service Provider)", "Network Equipment Enterprise", "Non-management ISV", "Optical Networking", "Service Provider", "Small/Medium Enterprise", "Storage Equipment", "Storage Service Provider", "Systems Integrator", "Wireless Industry")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Ownership)
                .HasZohoCrmPicklistValues("Other", "Private", "Public", "Subsidiary", "Partnership", "Government", "Privately Held", "Public Company")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.ParentAccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Parent_Account");
            entity.Property(e => e.Phone)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.Rating)
                .HasZohoCrmPicklistValues("Acquired", "Active", "Market Failed", "Project Cancelled", "Shut Down")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.ShippingCity)
                .HasMaxLength(100)
                .HasColumnName("Shipping_City");
            entity.Property(e => e.ShippingCode)
                .HasMaxLength(30)
                .HasColumnName("Shipping_Code");
            entity.Property(e => e.ShippingCountry)
                .HasMaxLength(100)
                .HasColumnName("Shipping_Country");
            entity.Property(e => e.ShippingState)
                .HasMaxLength(100)
                .HasColumnName("Shipping_State");
            entity.Property(e => e.ShippingStreet)
                .HasMaxLength(250)
                .HasColumnName("Shipping_Street");
            entity.Property(e => e.SicCode).HasColumnName("SIC_Code");
            entity.Property(e => e.TickerSymbol)
                .HasMaxLength(30)
                .HasColumnName("Ticker_Symbol");
            entity.Property(e => e.Website)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Website)
                .HasMaxLength(255);

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.ParentAccount).WithMany(p => p.InverseParentAccount)
                .HasForeignKey(d => d.ParentAccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Accounts_Parent_Account");
        });

        modelBuilder.Entity<Campaign>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.ActualCost)
                .HasPrecision(16, 2)
                .HasColumnName("Actual_Cost");
            entity.Property(e => e.BudgetedCost)
                .HasPrecision(16, 2)
                .HasColumnName("Budgeted_Cost");
            entity.Property(e => e.CampaignName)
                .HasMaxLength(120)
                .HasColumnName("Campaign_Name");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.EndDate).HasColumnName("End_Date");
            entity.Property(e => e.ExpectedResponse).HasColumnName("Expected_Response");
            entity.Property(e => e.ExpectedRevenue)
                .HasPrecision(16, 2)
                .HasColumnName("Expected_Revenue");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.NumSent).HasColumnName("Num_sent");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.ParentCampaignId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Parent_Campaign");
            entity.Property(e => e.StartDate).HasColumnName("Start_Date");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planning", "Active", "Inactive", "Complete")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.Type)
                .HasZohoCrmPicklistValues("Conference", "Webinar", "Trade Show", "Public Relations", "Partners", "Referral Program", "Advertisement", "Banner Ads", "Direct mail", "Email", "Telemarketing", "Others")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.ParentCampaign).WithMany(p => p.InverseParentCampaign)
                .HasForeignKey(d => d.ParentCampaignId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Campaigns_Parent_Campaign");
        });

        modelBuilder.Entity<Case>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account_Name");
            entity.Property(e => e.CaseNumber)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.AutoNumber)
                .HasColumnName("Case_Number");
            entity.Property(e => e.CaseOrigin)
                .HasZohoCrmPicklistValues("Email", "Phone", "Web")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Case_Origin");
            entity.Property(e => e.CaseReason)
                .HasZohoCrmPicklistValues("User did not attend any training", "Complex functionality", "Existing problem", "Instructions not clear", "New problem")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Case_Reason");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DealId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Deal_Name");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.Email)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Email)
                .HasMaxLength(100);
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Phone)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.Priority)
                .HasZohoCrmPicklistValues("High", "Medium", "Low")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.ProductId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Product_Name");
            entity.Property(e => e.RelatedToId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Related_To");
            entity.Property(e => e.ReportedBy)
                .HasMaxLength(120)
                .HasColumnName("Reported_By");
            entity.Property(e => e.Solution)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("New", "On Hold", "Escalated", "Closed")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.Subject).HasMaxLength(255);
            entity.Property(e => e.Type)
                .HasZohoCrmPicklistValues("Question", "Problem", "Feature Request")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.Cases)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Cases_Account_Name");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.Deal).WithMany(p => p.Cases)
                .HasForeignKey(d => d.DealId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Cases_Deal_Name");

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.Product).WithMany(p => p.Cases)
                .HasForeignKey(d => d.ProductId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Cases_Product_Name");

            entity.HasOne(d => d.RelatedTo).WithMany(p => p.Cases)
                .HasForeignKey(d => d.RelatedToId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Cases_Related_To");
        });

        modelBuilder.Entity<Contact>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account_Name");
            entity.Property(e => e.Assistant).HasMaxLength(100);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DateOfBirth).HasColumnName("Date_of_Birth");
            entity.Property(e => e.Department).HasMaxLength(100);
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.Email)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Email)
                .HasMaxLength(100);
            entity.Property(e => e.EmailOptOut).HasColumnName("Email_Opt_Out");
            entity.Property(e => e.Fax)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.FirstName)
                .HasMaxLength(40)
                .HasColumnName("First_Name");
            entity.Property(e => e.FullName)
                .ValueGeneratedOnAddOrUpdate()
                .HasMaxLength(120)
                .HasColumnName("Full_Name");
            entity.Property(e => e.HomePhone)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30)
                .HasColumnName("Home_Phone");
            entity.Property(e => e.LastName)
                .HasMaxLength(80)
                .HasColumnName("Last_Name");
            entity.Property(e => e.LeadSource)
                .HasZohoCrmPicklistValues("Advertisement", "Cold Call", "Employee Referral", "External Referral", "Online Store", "Partner", "Public Relations", "Seminar Partner", "Trade Show", "Web Download", "Web Research", "Chat")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Lead_Source");
            entity.Property(e => e.MailingCity)
                .HasMaxLength(100)
                .HasColumnName("Mailing_City");
            entity.Property(e => e.MailingCountry)
                .HasMaxLength(100)
                .HasColumnName("Mailing_Country");
            entity.Property(e => e.MailingState)
                .HasMaxLength(100)
                .HasColumnName("Mailing_State");
            entity.Property(e => e.MailingStreet)
                .HasMaxLength(250)
                .HasColumnName("Mailing_Street");
            entity.Property(e => e.MailingZip)
                .HasMaxLength(30)
                .HasColumnName("Mailing_Zip");
            entity.Property(e => e.Mobile)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Phone)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.ReportingToId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Reporting_To");
            entity.Property(e => e.Salutation)
                .HasZohoCrmPicklistValues("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.SecondaryEmail)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Email)
                .HasMaxLength(100)
                .HasColumnName("Secondary_Email");
            entity.Property(e => e.SkypeId)
                .HasMaxLength(50)
                .HasColumnName("Skype_ID");
            entity.Property(e => e.Title).HasMaxLength(100);
            entity.Property(e => e.Twitter).HasMaxLength(50);
            entity.Property(e => e.VendorId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Vendor_Name");

            entity.HasOne(d => d.Account).WithMany(p => p.Contacts)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Contacts_Account_Name");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.ReportingTo).WithMany(p => p.InverseReportingTo)
                .HasForeignKey(d => d.ReportingToId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Contacts_Reporting_To");

            entity.HasOne(d => d.Vendor).WithMany(p => p.Contacts)
                .HasForeignKey(d => d.VendorId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Contacts_Vendor_Name");
        });

        modelBuilder.Entity<CrmCall>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.CallDuration)
                .HasMaxLength(10)
                .HasColumnName("Call_Duration");
            entity.Property(e => e.CallPurpose)
                .HasZohoCrmPicklistValues("Prospecting", "Administrative", "Negotiation", "Demo", "Project", "Desk")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Call_Purpose");
            entity.Property(e => e.CallResult)
                .HasZohoCrmPicklistValues("Interested", "Not interested", "No response/Busy", "Requested more info", "Requested call back", "Invalid number")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Call_Result");
            entity.Property(e => e.CallStartTime).HasColumnName("Call_Start_Time");
            entity.Property(e => e.CallType)
                .HasZohoCrmPicklistValues("Inbound", "Outbound", "Missed")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Call_Type");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Subject).HasMaxLength(300);
            entity.Property(e => e.WhoId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Who_Id");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.Who).WithMany(p => p.Calls)
                .HasForeignKey(d => d.WhoId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Calls_Who_Id");
        });

        modelBuilder.Entity<CrmEvent>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AllDay).HasColumnName("All_day");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.EndDateTime).HasColumnName("End_DateTime");
            entity.Property(e => e.EventTitle)
                .HasMaxLength(255)
                .HasColumnName("Event_Title");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.StartDateTime).HasColumnName("Start_DateTime");
            entity.Property(e => e.Venue).HasMaxLength(255);
            entity.Property(e => e.WhoId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Who_Id");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.Who).WithMany(p => p.Events)
                .HasForeignKey(d => d.WhoId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Events_Who_Id");
        });

        modelBuilder.Entity<CrmTask>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Priority)
                .HasZohoCrmPicklistValues("High", "Highest", "Low", "Lowest", "Normal")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.SendNotificationEmail).HasColumnName("Send_Notification_Email");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Not Started", "Deferred", "In Progress", "Completed", "Waiting for input")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.Subject).HasMaxLength(300);
            entity.Property(e => e.WhoId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Who_Id");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.Who).WithMany(p => p.Tasks)
                .HasForeignKey(d => d.WhoId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Tasks_Who_Id");
        });

        modelBuilder.Entity<CustomModule1>(entity =>
        {
            entity.ToTable("Custom_Module_1");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule1s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_1_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule10>(entity =>
        {
            entity.ToTable("Custom_Module_10");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule10s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_10_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule11>(entity =>
        {
            entity.ToTable("Custom_Module_11");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule11s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_11_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule12>(entity =>
        {
            entity.ToTable("Custom_Module_12");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule12s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_12_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule13>(entity =>
        {
            entity.ToTable("Custom_Module_13");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule13s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_13_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule14>(entity =>
        {
            entity.ToTable("Custom_Module_14");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule14s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_14_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule15>(entity =>
        {
            entity.ToTable("Custom_Module_15");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule15s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_15_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule16>(entity =>
        {
            entity.ToTable("Custom_Module_16");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule16s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_16_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule17>(entity =>
        {
            entity.ToTable("Custom_Module_17");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule17s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_17_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule18>(entity =>
        {
            entity.ToTable("Custom_Module_18");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule18s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_18_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule19>(entity =>
        {
            entity.ToTable("Custom_Module_19");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule19s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_19_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule2>(entity =>
        {
            entity.ToTable("Custom_Module_2");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule2s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_2_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule20>(entity =>
        {
            entity.ToTable("Custom_Module_20");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule20s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_20_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule21>(entity =>
        {
            entity.ToTable("Custom_Module_21");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule21s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_21_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule22>(entity =>
        {
            entity.ToTable("Custom_Module_22");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule22s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_22_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule23>(entity =>
        {
            entity.ToTable("Custom_Module_23");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule23s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_23_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule24>(entity =>
        {
            entity.ToTable("Custom_Module_24");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule24s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_24_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule25>(entity =>
        {
            entity.ToTable("Custom_Module_25");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule25s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_25_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule26>(entity =>
        {
            entity.ToTable("Custom_Module_26");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule26s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_26_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule27>(entity =>
        {
            entity.ToTable("Custom_Module_27");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule27s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_27_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule28>(entity =>
        {
            entity.ToTable("Custom_Module_28");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule28s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_28_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule29>(entity =>
        {
            entity.ToTable("Custom_Module_29");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule29s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_29_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule3>(entity =>
        {
            entity.ToTable("Custom_Module_3");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule3s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_3_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule30>(entity =>
        {
            entity.ToTable("Custom_Module_30");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule30s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_30_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule31>(entity =>
        {
            entity.ToTable("Custom_Module_31");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule31s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_31_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule32>(entity =>
        {
            entity.ToTable("Custom_Module_32");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule32s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_32_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule33>(entity =>
        {
            entity.ToTable("Custom_Module_33");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule33s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_33_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule34>(entity =>
        {
            entity.ToTable("Custom_Module_34");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule34s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_34_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule35>(entity =>
        {
            entity.ToTable("Custom_Module_35");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule35s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_35_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule36>(entity =>
        {
            entity.ToTable("Custom_Module_36");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule36s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_36_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule37>(entity =>
        {
            entity.ToTable("Custom_Module_37");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule37s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_37_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule38>(entity =>
        {
            entity.ToTable("Custom_Module_38");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule38s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_38_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule39>(entity =>
        {
            entity.ToTable("Custom_Module_39");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule39s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_39_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule4>(entity =>
        {
            entity.ToTable("Custom_Module_4");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule4s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_4_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule40>(entity =>
        {
            entity.ToTable("Custom_Module_40");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule40s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_40_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule41>(entity =>
        {
            entity.ToTable("Custom_Module_41");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule41s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_41_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule42>(entity =>
        {
            entity.ToTable("Custom_Module_42");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule42s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_42_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule43>(entity =>
        {
            entity.ToTable("Custom_Module_43");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule43s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_43_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule44>(entity =>
        {
            entity.ToTable("Custom_Module_44");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule44s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_44_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule45>(entity =>
        {
            entity.ToTable("Custom_Module_45");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule45s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_45_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule46>(entity =>
        {
            entity.ToTable("Custom_Module_46");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule46s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_46_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule47>(entity =>
        {
            entity.ToTable("Custom_Module_47");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule47s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_47_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule48>(entity =>
        {
            entity.ToTable("Custom_Module_48");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule48s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_48_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule49>(entity =>
        {
            entity.ToTable("Custom_Module_49");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule49s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_49_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule5>(entity =>
        {
            entity.ToTable("Custom_Module_5");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule5s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_5_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule50>(entity =>
        {
            entity.ToTable("Custom_Module_50");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule50s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_50_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule51>(entity =>
        {
            entity.ToTable("Custom_Module_51");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule51s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_51_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule52>(entity =>
        {
            entity.ToTable("Custom_Module_52");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule52s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_52_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule53>(entity =>
        {
            entity.ToTable("Custom_Module_53");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule53s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_53_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule54>(entity =>
        {
            entity.ToTable("Custom_Module_54");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule54s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_54_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule55>(entity =>
        {
            entity.ToTable("Custom_Module_55");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule55s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_55_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule56>(entity =>
        {
            entity.ToTable("Custom_Module_56");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule56s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_56_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule57>(entity =>
        {
            entity.ToTable("Custom_Module_57");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule57s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_57_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule58>(entity =>
        {
            entity.ToTable("Custom_Module_58");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule58s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_58_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule59>(entity =>
        {
            entity.ToTable("Custom_Module_59");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule59s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_59_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule6>(entity =>
        {
            entity.ToTable("Custom_Module_6");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule6s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_6_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule60>(entity =>
        {
            entity.ToTable("Custom_Module_60");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule60s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_60_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule61>(entity =>
        {
            entity.ToTable("Custom_Module_61");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule61s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_61_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule62>(entity =>
        {
            entity.ToTable("Custom_Module_62");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule62s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_62_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule63>(entity =>
        {
            entity.ToTable("Custom_Module_63");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule63s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_63_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule64>(entity =>
        {
            entity.ToTable("Custom_Module_64");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule64s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_64_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule65>(entity =>
        {
            entity.ToTable("Custom_Module_65");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule65s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_65_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule66>(entity =>
        {
            entity.ToTable("Custom_Module_66");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule66s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_66_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule67>(entity =>
        {
            entity.ToTable("Custom_Module_67");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule67s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_67_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule68>(entity =>
        {
            entity.ToTable("Custom_Module_68");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule68s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_68_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule69>(entity =>
        {
            entity.ToTable("Custom_Module_69");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule69s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_69_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule7>(entity =>
        {
            entity.ToTable("Custom_Module_7");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule7s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_7_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule70>(entity =>
        {
            entity.ToTable("Custom_Module_70");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule70s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_70_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule71>(entity =>
        {
            entity.ToTable("Custom_Module_71");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule71s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_71_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule72>(entity =>
        {
            entity.ToTable("Custom_Module_72");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule72s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_72_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule73>(entity =>
        {
            entity.ToTable("Custom_Module_73");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule73s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_73_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule74>(entity =>
        {
            entity.ToTable("Custom_Module_74");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule74s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_74_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule75>(entity =>
        {
            entity.ToTable("Custom_Module_75");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule75s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_75_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule76>(entity =>
        {
            entity.ToTable("Custom_Module_76");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule76s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_76_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule77>(entity =>
        {
            entity.ToTable("Custom_Module_77");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule77s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_77_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule78>(entity =>
        {
            entity.ToTable("Custom_Module_78");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule78s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_78_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule79>(entity =>
        {
            entity.ToTable("Custom_Module_79");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule79s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_79_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule8>(entity =>
        {
            entity.ToTable("Custom_Module_8");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule8s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_8_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule80>(entity =>
        {
            entity.ToTable("Custom_Module_80");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule80s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_80_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule81>(entity =>
        {
            entity.ToTable("Custom_Module_81");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule81s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_81_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule82>(entity =>
        {
            entity.ToTable("Custom_Module_82");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule82s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_82_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule83>(entity =>
        {
            entity.ToTable("Custom_Module_83");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule83s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_83_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule84>(entity =>
        {
            entity.ToTable("Custom_Module_84");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule84s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_84_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule85>(entity =>
        {
            entity.ToTable("Custom_Module_85");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule85s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_85_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule86>(entity =>
        {
            entity.ToTable("Custom_Module_86");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule86s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_86_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule87>(entity =>
        {
            entity.ToTable("Custom_Module_87");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule87s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_87_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule88>(entity =>
        {
            entity.ToTable("Custom_Module_88");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule88s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_88_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<CustomModule9>(entity =>
        {
            entity.ToTable("Custom_Module_9");

            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DueDate).HasColumnName("Due_Date");
            entity.Property(e => e.IsActive).HasColumnName("Is_Active");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Status)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.CustomModule9s)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Custom_Module_9_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<Deal>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account_Name");
            entity.Property(e => e.Amount).HasPrecision(16, 2);
            entity.Property(e => e.CampaignSourceId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Campaign_Source");
            entity.Property(e => e.ClosingDate).HasColumnName("Closing_Date");
            entity.Property(e => e.ContactId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Contact_Name");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DealName)
                .HasMaxLength(120)
                .HasColumnName("Deal_Name");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.ExpectedRevenue)
                .HasPrecision(16, 2)
                .HasColumnName("Expected_Revenue");
            entity.Property(e => e.LeadSource)
                .HasZohoCrmPicklistValues("Advertisement", "Cold Call", "Employee Referral", "External Referral", "Online Store", "Partner", "Public Relations", "Seminar Partner", "Trade Show", "Web Download", "Web Research", "Chat")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Lead_Source");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.NextStep)
                .HasMaxLength(100)
                .HasColumnName("Next_Step");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Pipeline)
                .HasZohoCrmPicklistValues("Standard (Standard)")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.Stage)
                .HasZohoCrmPicklistValues("Qualification", "Needs Analysis", "Value Proposition", "Identify Decision Makers", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost", "Closed-Lost to Competition")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.Type)
                .HasZohoCrmPicklistValues("Existing Business", "New Business")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);

            entity.HasOne(d => d.Account).WithMany(p => p.Deals)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Deals_Account_Name");

            entity.HasOne(d => d.CampaignSource).WithMany(p => p.Deals)
                .HasForeignKey(d => d.CampaignSourceId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Deals_Campaign_Source");

            entity.HasOne(d => d.Contact).WithMany(p => p.Deals)
                .HasForeignKey(d => d.ContactId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Deals_Contact_Name");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        modelBuilder.Entity<Lead>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AnnualRevenue)
                .HasPrecision(16, 2)
                .HasColumnName("Annual_Revenue");
            entity.Property(e => e.City).HasMaxLength(100);
            entity.Property(e => e.Company).HasMaxLength(200);
            entity.Property(e => e.Country).HasMaxLength(100);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.Designation).HasMaxLength(100);
            entity.Property(e => e.DiscountRate)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Percent)
                .HasPrecision(5, 2)
                .HasColumnName("Discount_Rate");
            entity.Property(e => e.Email)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Email)
                .HasMaxLength(100);
            entity.Property(e => e.EmailOptOut).HasColumnName("Email_Opt_Out");
            entity.Property(e => e.ExternalLeadId)
                .HasMaxLength(255)
                .HasColumnName("External_Lead_Id");
            entity.Property(e => e.Fax)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.FirstName)
                .HasMaxLength(40)
                .HasColumnName("First_Name");
            entity.Property(e => e.FullName)
                .ValueGeneratedOnAddOrUpdate()
                .HasMaxLength(120)
                .HasColumnName("Full_Name");
            entity.Property(e => e.Industry)
                .HasZohoCrmPicklistValues("ASP (Application Service Provider)", "Data/Telecom OEM", "ERP (Enterprise Resource Planning)", "Government/Military", "Large Enterprise", "Management ISV", "MSP (Management Service Provider)", "Network Equipment Enterprise", "Non-management ISV", "Optical Networking", "Service Provider", "Small/Medium Enterprise", "Storage Equipment", "Storage Service Provider", "Systems Integrator", "Wireless Industry")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.LanguagesSpoken)
                .HasZohoCrmPicklistValues("English", "French", "German", "Spanish", "Hindi", "Japanese")
                .HasZohoCrmFieldType(ZohoCrmFieldType.MultiSelectPicklist)
                .HasColumnName("Languages_Spoken");
            entity.Property(e => e.LastName)
                .HasMaxLength(80)
                .HasColumnName("Last_Name");
            entity.Property(e => e.LeadSource)
                .HasZohoCrmPicklistValues("Advertisement", "Cold Call", "Employee Referral", "External Referral", "Online Store", "Partner", "Public Relations", "Seminar Partner", "Trade Show", "Web Download", "Web Research", "Chat")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Lead_Source");
            entity.Property(e => e.LeadStatus)
                .HasZohoCrmPicklistValues("Attempted to Contact", "Contact in Future", "Contacted", "Junk Lead", "Lost Lead", "Not Contacted", "Pre-Qualified", "Not Qualified")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Lead_Status");
            entity.Property(e => e.Mobile)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.NoOfEmployees).HasColumnName("No_of_Employees");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Phone)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.PreferredContactDate).HasColumnName("Preferred_Contact_Date");
            entity.Property(e => e.Rating)
                .HasZohoCrmPicklistValues("Acquired", "Active", "Market Failed", "Project Cancelled", "Shut Down")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.ReferredById)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Referred_By");
            entity.Property(e => e.Salutation)
                .HasZohoCrmPicklistValues("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.ScoreFormula)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.Double)
                .HasPrecision(16, 2)
                .HasColumnName("Score_Formula");
            entity.Property(e => e.SecondaryEmail)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Email)
                .HasMaxLength(100)
                .HasColumnName("Secondary_Email");
            entity.Property(e => e.SkypeId)
                .HasMaxLength(50)
                .HasColumnName("Skype_ID");
            entity.Property(e => e.State).HasMaxLength(100);
            entity.Property(e => e.Street).HasMaxLength(250);
            entity.Property(e => e.Twitter).HasMaxLength(50);
            entity.Property(e => e.Website)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Website)
                .HasMaxLength(255);
            entity.Property(e => e.ZipCode)
                .HasMaxLength(30)
                .HasColumnName("Zip_Code");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.ReferredBy).WithMany(p => p.Leads)
                .HasForeignKey(d => d.ReferredById)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Leads_Referred_By");
        });

        modelBuilder.Entity<Product>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.CommissionRate)
                .HasPrecision(16, 2)
                .HasColumnName("Commission_Rate");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.Manufacturer)
                .HasZohoCrmPicklistValues("AltvetPet Inc.", "LexPro Inc.", "MetBeat Corp.")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.ProductActive).HasColumnName("Product_Active");
            entity.Property(e => e.ProductCategory)
                .HasZohoCrmPicklistValues("Hardware", "Software", "CRM Applications", "Services")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Product_Category");
            entity.Property(e => e.ProductCode)
                .HasMaxLength(40)
                .HasColumnName("Product_Code");
            entity.Property(e => e.ProductName)
                .HasMaxLength(200)
                .HasColumnName("Product_Name");
            entity.Property(e => e.QtyInDemand)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Double)
                .HasPrecision(16, 2)
                .HasColumnName("Qty_in_Demand");
            entity.Property(e => e.QtyInStock)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Double)
                .HasPrecision(16, 2)
                .HasColumnName("Qty_in_Stock");
            entity.Property(e => e.QtyOrdered)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Double)
                .HasPrecision(16, 2)
                .HasColumnName("Qty_Ordered");
            entity.Property(e => e.ReorderLevel)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Double)
                .HasPrecision(16, 2)
                .HasColumnName("Reorder_Level");
            entity.Property(e => e.SalesEndDate).HasColumnName("Sales_End_Date");
            entity.Property(e => e.SalesStartDate).HasColumnName("Sales_Start_Date");
            entity.Property(e => e.SupportExpiryDate).HasColumnName("Support_Expiry_Date");
            entity.Property(e => e.SupportStartDate).HasColumnName("Support_Start_Date");
            entity.Property(e => e.UnitPrice)
                .HasPrecision(16, 2)
                .HasColumnName("Unit_Price");
            entity.Property(e => e.UsageUnit)
                .HasZohoCrmPicklistValues("Box", "Carton", "Dozen", "Each", "Hours", "Impressions", "Lb", "M", "Pack", "Pages", "Pieces", "Quantity", "Reams", "Sheet", "Spiral Binder", "Sq Ft")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Usage_Unit");
            entity.Property(e => e.VendorId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Vendor_Name");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.Vendor).WithMany(p => p.Products)
                .HasForeignKey(d => d.VendorId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Products_Vendor_Name");
        });

        modelBuilder.Entity<Project>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.AccountId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Account");
            entity.Property(e => e.Budget).HasPrecision(16, 2);
            entity.Property(e => e.Completion)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Percent)
                .HasPrecision(5, 2);
            entity.Property(e => e.ContactEmail)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Email)
                .HasMaxLength(100)
                .HasColumnName("Contact_Email");
            entity.Property(e => e.ContactPhone)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30)
                .HasColumnName("Contact_Phone");
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.DealId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Lookup)
                .HasColumnName("Deal");
            entity.Property(e => e.EarnedValue)
                .ValueGeneratedOnAddOrUpdate()
                .HasPrecision(16, 2)
                .HasColumnName("Earned_Value");
            entity.Property(e => e.EstimatedHours)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Double)
                .HasPrecision(16, 2)
                .HasColumnName("Estimated_Hours");
            entity.Property(e => e.ExternalRef).HasColumnName("External_Ref");
            entity.Property(e => e.IsBillable).HasColumnName("Is_Billable");
            entity.Property(e => e.KickoffTime).HasColumnName("Kickoff_Time");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.Name).HasMaxLength(120);
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.ProjectCode)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.AutoNumber)
                .HasColumnName("Project_Code");
            entity.Property(e => e.ProjectManagerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.UserLookup)
                .HasColumnName("Project_Manager");
            entity.Property(e => e.ProjectSite)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Website)
                .HasMaxLength(255)
                .HasColumnName("Project_Site");
            entity.Property(e => e.ProjectStatus)
                .HasZohoCrmPicklistValues("Planned", "In Progress", "On Hold", "Completed", "Cancelled")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("Project_Status");
            entity.Property(e => e.StartDate).HasColumnName("Start_Date");
            entity.Property(e => e.Summary)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(2000);
            entity.Property(e => e.TeamSize).HasColumnName("Team_Size");
            entity.Property(e => e.Technologies)
                .HasZohoCrmPicklistValues(".NET", "Java", "Python", "React", "Kubernetes", "PostgreSQL", "Zoho Creator")
                .HasZohoCrmFieldType(ZohoCrmFieldType.MultiSelectPicklist);

            entity.HasOne(d => d.Account).WithMany(p => p.Projects)
                .HasForeignKey(d => d.AccountId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Projects_Account");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.Deal).WithMany(p => p.Projects)
                .HasForeignKey(d => d.DealId)
                .OnDelete(DeleteBehavior.SetNull)
                .HasConstraintName("FK_Projects_Deal");

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);

            entity.HasOne(d => d.ProjectManager).WithMany().HasForeignKey(d => d.ProjectManagerId);
        });

        modelBuilder.Entity<Vendor>(entity =>
        {
            entity.Property(e => e.Id).HasColumnName("id");
            entity.Property(e => e.Category).HasMaxLength(100);
            entity.Property(e => e.City).HasMaxLength(100);
            entity.Property(e => e.Country).HasMaxLength(100);
            entity.Property(e => e.CreatedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Created_By");
            entity.Property(e => e.CreatedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Created_Time");
            entity.Property(e => e.Description)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Textarea)
                .HasMaxLength(32000);
            entity.Property(e => e.Email)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Email)
                .HasMaxLength(100);
            entity.Property(e => e.GlAccount)
                .HasZohoCrmPicklistValues("Sales-Hardware", "Sales-Software", "Rental-Income", "Interest-Income", "Sales-Software-Support", "Sales Other", "Interest Sales", "Service-Hardware Labor")
                .HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)
                .HasColumnName("GL_Account");
            entity.Property(e => e.ModifiedById)
                .ValueGeneratedOnAddOrUpdate()
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Modified_By");
            entity.Property(e => e.ModifiedTime)
                .ValueGeneratedOnAddOrUpdate()
                .HasColumnName("Modified_Time");
            entity.Property(e => e.OwnerId)
                .HasZohoCrmFieldType(ZohoCrmFieldType.OwnerLookup)
                .HasColumnName("Owner");
            entity.Property(e => e.Phone)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Phone)
                .HasMaxLength(30);
            entity.Property(e => e.State).HasMaxLength(100);
            entity.Property(e => e.Street).HasMaxLength(250);
            entity.Property(e => e.VendorName)
                .HasMaxLength(100)
                .HasColumnName("Vendor_Name");
            entity.Property(e => e.Website)
                .HasZohoCrmFieldType(ZohoCrmFieldType.Website)
                .HasMaxLength(255);
            entity.Property(e => e.ZipCode)
                .HasMaxLength(30)
                .HasColumnName("Zip_Code");

            entity.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById);

            entity.HasOne(d => d.ModifiedBy).WithMany().HasForeignKey(d => d.ModifiedById);

            entity.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId);
        });

        OnModelCreatingPartial(modelBuilder);
    }

    partial void OnModelCreatingPartial(ModelBuilder modelBuilder);
}
