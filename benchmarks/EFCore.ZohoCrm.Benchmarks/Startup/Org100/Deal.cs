using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Deal
{
    /// <summary>
    /// Deal Owner.
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
    /// Deal Name.
    /// </summary>
    public string DealName { get; set; } = null!;

    /// <summary>
    /// Stage. Values: Qualification, Needs Analysis, Value Proposition, Identify Decision Makers, Proposal/Price Quote, Negotiation/Review, Closed Won, Closed Lost, Closed-Lost to Competition.
    /// </summary>
    public string Stage { get; set; } = null!;

    /// <summary>
    /// Pipeline. Values: Standard (Standard).
    /// </summary>
    public string? Pipeline { get; set; }

    /// <summary>
    /// Amount.
    /// </summary>
    public decimal? Amount { get; set; }

    /// <summary>
    /// Closing Date.
    /// </summary>
    public DateOnly? ClosingDate { get; set; }

    /// <summary>
    /// Probability (%).
    /// </summary>
    public int? Probability { get; set; }

    /// <summary>
    /// Expected Revenue.
    /// </summary>
    public decimal? ExpectedRevenue { get; set; }

    /// <summary>
    /// Account Name.
    /// </summary>
    public long? AccountId { get; set; }

    /// <summary>
    /// Contact Name.
    /// </summary>
    public long? ContactId { get; set; }

    /// <summary>
    /// Campaign Source.
    /// </summary>
    public long? CampaignSourceId { get; set; }

    /// <summary>
    /// Type. Values: Existing Business, New Business.
    /// </summary>
    public string? Type { get; set; }

    /// <summary>
    /// Lead Source. Values: Advertisement, Cold Call, Employee Referral, External Referral, Online Store, Partner, Public Relations, Seminar Partner, Trade Show, Web Download, Web Research, Chat.
    /// </summary>
    public string? LeadSource { get; set; }

    /// <summary>
    /// Next Step.
    /// </summary>
    public string? NextStep { get; set; }

    /// <summary>
    /// Description.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual Account? Account { get; set; }

    public virtual Campaign? CampaignSource { get; set; }

    public virtual ICollection<Case> Cases { get; set; } = new List<Case>();

    public virtual Contact? Contact { get; set; }

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual ICollection<Project> Projects { get; set; } = new List<Project>();
}
