using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Project
{
    /// <summary>
    /// Project Owner.
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
    /// Project Name.
    /// </summary>
    public string Name { get; set; } = null!;

    /// <summary>
    /// Project Code.
    /// </summary>
    public string? ProjectCode { get; set; }

    /// <summary>
    /// Summary.
    /// </summary>
    public string? Summary { get; set; }

    /// <summary>
    /// Contact Email.
    /// </summary>
    public string? ContactEmail { get; set; }

    /// <summary>
    /// Contact Phone.
    /// </summary>
    public string? ContactPhone { get; set; }

    /// <summary>
    /// Project Site.
    /// </summary>
    public string? ProjectSite { get; set; }

    /// <summary>
    /// Project Status. Values: Planned, In Progress, On Hold, Completed, Cancelled.
    /// </summary>
    public string? ProjectStatus { get; set; }

    /// <summary>
    /// Technologies. Values: .NET, Java, Python, React, Kubernetes, PostgreSQL, Zoho Creator.
    /// </summary>
    public string[]? Technologies { get; set; }

    /// <summary>
    /// Team Size.
    /// </summary>
    public int? TeamSize { get; set; }

    /// <summary>
    /// External Reference.
    /// </summary>
    public long? ExternalRef { get; set; }

    /// <summary>
    /// Estimated Hours.
    /// </summary>
    public decimal? EstimatedHours { get; set; }

    /// <summary>
    /// Budget.
    /// </summary>
    public decimal? Budget { get; set; }

    /// <summary>
    /// Completion.
    /// </summary>
    public decimal? Completion { get; set; }

    /// <summary>
    /// Billable.
    /// </summary>
    public bool? IsBillable { get; set; }

    /// <summary>
    /// Start Date.
    /// </summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>
    /// Kickoff Time.
    /// </summary>
    public DateTimeOffset? KickoffTime { get; set; }

    /// <summary>
    /// Account.
    /// </summary>
    public long? AccountId { get; set; }

    /// <summary>
    /// Deal.
    /// </summary>
    public long? DealId { get; set; }

    /// <summary>
    /// Project Manager.
    /// </summary>
    public long? ProjectManagerId { get; set; }

    /// <summary>
    /// Earned Value.
    /// </summary>
    public decimal? EarnedValue { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual Account? Account { get; set; }

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual Deal? Deal { get; set; }

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual ZohoCrmUser? ProjectManager { get; set; }
}
