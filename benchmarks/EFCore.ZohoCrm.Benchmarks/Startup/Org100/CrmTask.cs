using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class CrmTask
{
    /// <summary>
    /// Task Owner.
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
    /// Due Date.
    /// </summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>
    /// Status. Values: Not Started, Deferred, In Progress, Completed, Waiting for input.
    /// </summary>
    public string? Status { get; set; }

    /// <summary>
    /// Priority. Values: High, Highest, Low, Lowest, Normal.
    /// </summary>
    public string? Priority { get; set; }

    /// <summary>
    /// Contact Name.
    /// </summary>
    public long? WhoId { get; set; }

    /// <summary>
    /// Send Notification Email.
    /// </summary>
    public bool? SendNotificationEmail { get; set; }

    /// <summary>
    /// Description.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual Contact? Who { get; set; }
}
