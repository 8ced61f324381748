using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Lead
{
    /// <summary>
    /// Lead Owner.
    /// </summary>
    public long? OwnerId { get; set; }

    /// <summary>
    /// Created By.
    /// </summary>
    public long? CreatedById { get; set; }

    /// <summary>
    /// Modified By.
    /// </summary>
    public long? ModifiedById { get; set; }

    /// <summary>
    /// Created Time.
    /// </summary>
    public DateTimeOffset? CreatedTime { get; set; }

    /// <summary>
    /// Modified Time.
    /// </summary>
    public DateTimeOffset? ModifiedTime { get; set; }

    /// <summary>
    /// Company.
    /// </summary>
    public string? Company { get; set; }

    /// <summary>
    /// Salutation. Values: Mr., Mrs., Ms., Dr., Prof..
    /// </summary>
    public string? Salutation { get; set; }

    /// <summary>
    /// First Name.
    /// </summary>
    public string? FirstName { get; set; }

    /// <summary>
    /// Last Name.
    /// </summary>
    public string LastName { get; set; } = null!;

    /// <summary>
    /// Full Name.
    /// </summary>
    public string? FullName { get; set; }

    /// <summary>
    /// Title.
    /// </summary>
    public string? Designation { get; set; }

    /// <summary>
    /// Email.
    /// </summary>
    public string? Email { get; set; }

    /// <summary>
    /// Secondary Email.
    /// </summary>
    public string? SecondaryEmail { get; set; }

    /// <summary>
    /// Phone.
    /// </summary>
    public string? Phone { get; set; }

    /// <summary>
    /// Mobile.
    /// </summary>
    public string? Mobile { get; set; }

    /// <summary>
    /// Fax.
    /// </summary>
    public string? Fax { get; set; }

    /// <summary>
    /// Website.
    /// </summary>
    public string? Website { get; set; }

    /// <summary>
    /// Lead Source. Values: Advertisement, Cold Call, Employee Referral, External Referral, Online Store, Partner, Public Relations, Seminar Partner, Trade Show, Web Download, Web Research, Chat.
    /// </summary>
    public string? LeadSource { get; set; }

    /// <summary>
    /// Lead Status. Values: Attempted to Contact, Contact in Future, Contacted, Junk Lead, Lost Lead, Not Contacted, Pre-Qualified, Not Qualified.
    /// </summary>
    public string? LeadStatus { get; set; }

    /// <summary>
    /// Industry. Values: ASP (Application Service Provider), Data/Telecom OEM, ERP (Enterprise Resource Planning), Government/Military, Large Enterprise, Management ISV, MSP (Management Service Provider), Network Equipment Enterprise, Non-management ISV, Optical Networking, Service Provider, Small/Medium Enterprise, Storage Equipment, Storage Service Provider, Systems Integrator, Wireless Industry.
    /// </summary>
    public string? Industry { get; set; }

    /// <summary>
    /// Rating. Values: Acquired, Active, Market Failed, Project Cancelled, Shut Down.
    /// </summary>
    public string? Rating { get; set; }

    /// <summary>
    /// No. of Employees.
    /// </summary>
    public int? NoOfEmployees { get; set; }

    /// <summary>
    /// Annual Revenue.
    /// </summary>
    public decimal? AnnualRevenue { get; set; }

    /// <summary>
    /// Email Opt Out.
    /// </summary>
    public bool? EmailOptOut { get; set; }

    /// <summary>
    /// Skype ID.
    /// </summary>
    public string? SkypeId { get; set; }

    /// <summary>
    /// Twitter.
    /// </summary>
    public string? Twitter { get; set; }

    /// <summary>
    /// Street.
    /// </summary>
    public string? Street { get; set; }

    /// <summary>
    /// City.
    /// </summary>
    public string? City { get; set; }

    /// <summary>
    /// State.
    /// </summary>
    public string? State { get; set; }

    /// <summary>
    /// Zip Code.
    /// </summary>
    public string? ZipCode { get; set; }

    /// <summary>
    /// Country.
    /// </summary>
    public string? Country { get; set; }

    /// <summary>
    /// Description.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Preferred Contact Date.
    /// </summary>
    public DateOnly? PreferredContactDate { get; set; }

    /// <summary>
    /// Languages Spoken. Values: English, French, German, Spanish, Hindi, Japanese.
    /// </summary>
    public string[]? LanguagesSpoken { get; set; }

    /// <summary>
    /// Discount Rate.
    /// </summary>
    public decimal? DiscountRate { get; set; }

    /// <summary>
    /// Referred By.
    /// </summary>
    public long? ReferredById { get; set; }

    /// <summary>
    /// External Lead Id.
    /// </summary>
    public string? ExternalLeadId { get; set; }

    /// <summary>
    /// Score.
    /// </summary>
    public decimal? ScoreFormula { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual Contact? ReferredBy { get; set; }
}
