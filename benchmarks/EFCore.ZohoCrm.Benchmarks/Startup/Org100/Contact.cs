using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Contact
{
    /// <summary>
    /// Contact Owner.
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
    /// Account Name.
    /// </summary>
    public long? AccountId { get; set; }

    /// <summary>
    /// Vendor Name.
    /// </summary>
    public long? VendorId { get; set; }

    /// <summary>
    /// Reporting To.
    /// </summary>
    public long? ReportingToId { get; set; }

    /// <summary>
    /// Email.
    /// </summary>
    public string? Email { get; set; }

    /// <summary>
    /// Secondary Email.
    /// </summary>
    public string? SecondaryEmail { get; set; }

    /// <summary>
    /// Title.
    /// </summary>
    public string? Title { get; set; }

    /// <summary>
    /// Department.
    /// </summary>
    public string? Department { get; set; }

    /// <summary>
    /// Phone.
    /// </summary>
    public string? Phone { get; set; }

    /// <summary>
    /// Home Phone.
    /// </summary>
    public string? HomePhone { get; set; }

    /// <summary>
    /// Mobile.
    /// </summary>
    public string? Mobile { get; set; }

    /// <summary>
    /// Fax.
    /// </summary>
    public string? Fax { get; set; }

    /// <summary>
    /// Assistant.
    /// </summary>
    public string? Assistant { get; set; }

    /// <summary>
    /// Date of Birth.
    /// </summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>
    /// Lead Source. Values: Advertisement, Cold Call, Employee Referral, External Referral, Online Store, Partner, Public Relations, Seminar Partner, Trade Show, Web Download, Web Research, Chat.
    /// </summary>
    public string? LeadSource { get; set; }

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
    /// Mailing Street.
    /// </summary>
    public string? MailingStreet { get; set; }

    /// <summary>
    /// Mailing City.
    /// </summary>
    public string? MailingCity { get; set; }

    /// <summary>
    /// Mailing State.
    /// </summary>
    public string? MailingState { get; set; }

    /// <summary>
    /// Mailing Zip.
    /// </summary>
    public string? MailingZip { get; set; }

    /// <summary>
    /// Mailing Country.
    /// </summary>
    public string? MailingCountry { get; set; }

    /// <summary>
    /// Description.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual Account? Account { get; set; }

    public virtual ICollection<CrmCall> Calls { get; set; } = new List<CrmCall>();

    public virtual ICollection<Case> Cases { get; set; } = new List<Case>();

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual ICollection<Deal> Deals { get; set; } = new List<Deal>();

    public virtual ICollection<CrmEvent> Events { get; set; } = new List<CrmEvent>();

    public virtual ICollection<Contact> InverseReportingTo { get; set; } = new List<Contact>();

    public virtual ICollection<Lead> Leads { get; set; } = new List<Lead>();

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual Contact? ReportingTo { get; set; }

    public virtual ICollection<CrmTask> Tasks { get; set; } = new List<CrmTask>();

    public virtual Vendor? Vendor { get; set; }
}
