using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class CrmCall
{
    /// <summary>
    /// Call Owner.
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
    /// Call Type. Values: Inbound, Outbound, Missed.
    /// </summary>
    public string CallType { get; set; } = null!;

    /// <summary>
    /// Call Start Time.
    /// </summary>
    public DateTimeOffset CallStartTime { get; set; }

    /// <summary>
    /// Call Duration.
    /// </summary>
    public string CallDuration { get; set; } = null!;

    /// <summary>
    /// Call Purpose. Values: Prospecting, Administrative, Negotiation, Demo, Project, Desk.
    /// </summary>
    public string? CallPurpose { get; set; }

    /// <summary>
    /// Call Result. Values: Interested, Not interested, No response/Busy, Requested more info, Requested call back, Invalid number.
    /// </summary>
    public string? CallResult { get; set; }

    /// <summary>
    /// Contact Name.
    /// </summary>
    public long? WhoId { get; set; }

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
