using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class CrmEvent
{
    /// <summary>
    /// Meeting Owner.
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
    /// Title.
    /// </summary>
    public string EventTitle { get; set; } = null!;

    /// <summary>
    /// From.
    /// </summary>
    public DateTimeOffset StartDateTime { get; set; }

    /// <summary>
    /// To.
    /// </summary>
    public DateTimeOffset EndDateTime { get; set; }

    /// <summary>
    /// All day.
    /// </summary>
    public bool? AllDay { get; set; }

    /// <summary>
    /// Location.
    /// </summary>
    public string? Venue { get; set; }

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
