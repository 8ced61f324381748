using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Case
{
    /// <summary>
    /// Case Owner.
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
    /// Subject.
    /// </summary>
    public string Subject { get; set; } = null!;

    /// <summary>
    /// Case Number.
    /// </summary>
    public string? CaseNumber { get; set; }

    /// <summary>
    /// Status. Values: New, On Hold, Escalated, Closed.
    /// </summary>
    public string Status { get; set; } = null!;

    /// <summary>
    /// Case Origin. Values: Email, Phone, Web.
    /// </summary>
    public string CaseOrigin { get; set; } = null!;

    /// <summary>
    /// Priority. Values: High, Medium, Low.
    /// </summary>
    public string? Priority { get; set; }

    /// <summary>
    /// Type. Values: Question, Problem, Feature Request.
    /// </summary>
    public string? Type { get; set; }

    /// <summary>
    /// Case Reason. Values: User did not attend any training, Complex functionality, Existing problem, Instructions not clear, New problem.
    /// </summary>
    public string? CaseReason { get; set; }

    /// <summary>
    /// Product Name.
    /// </summary>
    public long? ProductId { get; set; }

    /// <summary>
    /// Account Name.
    /// </summary>
    public long? AccountId { get; set; }

    /// <summary>
    /// Related To.
    /// </summary>
    public long? RelatedToId { get; set; }

    /// <summary>
    /// Deal Name.
    /// </summary>
    public long? DealId { get; set; }

    /// <summary>
    /// Email.
    /// </summary>
    public string? Email { get; set; }

    /// <summary>
    /// Phone.
    /// </summary>
    public string? Phone { get; set; }

    /// <summary>
    /// Reported By.
    /// </summary>
    public string? ReportedBy { get; set; }

    /// <summary>
    /// Description.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Solution.
    /// </summary>
    public string? Solution { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual Account? Account { get; set; }

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual Deal? Deal { get; set; }

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual Product? Product { get; set; }

    public virtual Contact? RelatedTo { get; set; }
}
