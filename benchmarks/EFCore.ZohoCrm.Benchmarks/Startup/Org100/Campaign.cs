using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Campaign
{
    /// <summary>
    /// Campaign Owner.
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
    /// Campaign Name.
    /// </summary>
    public string CampaignName { get; set; } = null!;

    /// <summary>
    /// Type. Values: Conference, Webinar, Trade Show, Public Relations, Partners, Referral Program, Advertisement, Banner Ads, Direct mail, Email, Telemarketing, Others.
    /// </summary>
    public string? Type { get; set; }

    /// <summary>
    /// Status. Values: Planning, Active, Inactive, Complete.
    /// </summary>
    public string? Status { get; set; }

    /// <summary>
    /// Start Date.
    /// </summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>
    /// End Date.
    /// </summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>
    /// Expected Revenue.
    /// </summary>
    public decimal? ExpectedRevenue { get; set; }

    /// <summary>
    /// Budgeted Cost.
    /// </summary>
    public decimal? BudgetedCost { get; set; }

    /// <summary>
    /// Actual Cost.
    /// </summary>
    public decimal? ActualCost { get; set; }

    /// <summary>
    /// Expected Response.
    /// </summary>
    public int? ExpectedResponse { get; set; }

    /// <summary>
    /// Numbers sent.
    /// </summary>
    public int? NumSent { get; set; }

    /// <summary>
    /// Parent Campaign.
    /// </summary>
    public long? ParentCampaignId { get; set; }

    /// <summary>
    /// Description.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual ICollection<Deal> Deals { get; set; } = new List<Deal>();

    public virtual ICollection<Campaign> InverseParentCampaign { get; set; } = new List<Campaign>();

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual Campaign? ParentCampaign { get; set; }
}
