using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class CustomModule42
{
    /// <summary>
    /// Custom Module 42 Owner.
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
    /// Custom Module 42 Name.
    /// </summary>
    public string Name { get; set; } = null!;

    /// <summary>
    /// Status. Values: Planned, In Progress, On Hold, Completed, Cancelled.
    /// </summary>
    public string? Status { get; set; }

    /// <summary>
    /// Amount.
    /// </summary>
    public decimal? Amount { get; set; }

    /// <summary>
    /// Due Date.
    /// </summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>
    /// Active.
    /// </summary>
    public bool? IsActive { get; set; }

    /// <summary>
    /// Account.
    /// </summary>
    public long? AccountId { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual Account? Account { get; set; }

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }
}
