using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Product
{
    /// <summary>
    /// Product Owner.
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
    /// Product Name.
    /// </summary>
    public string ProductName { get; set; } = null!;

    /// <summary>
    /// Product Code.
    /// </summary>
    public string? ProductCode { get; set; }

    /// <summary>
    /// Product Active.
    /// </summary>
    public bool? ProductActive { get; set; }

    /// <summary>
    /// Product Category. Values: Hardware, Software, CRM Applications, Services.
    /// </summary>
    public string? ProductCategory { get; set; }

    /// <summary>
    /// Manufacturer. Values: AltvetPet Inc., LexPro Inc., MetBeat Corp..
    /// </summary>
    public string? Manufacturer { get; set; }

    /// <summary>
    /// Vendor Name.
    /// </summary>
    public long? VendorId { get; set; }

    /// <summary>
    /// Unit Price.
    /// </summary>
    public decimal? UnitPrice { get; set; }

    /// <summary>
    /// Commission Rate.
    /// </summary>
    public decimal? CommissionRate { get; set; }

    /// <summary>
    /// Taxable.
    /// </summary>
    public bool? Taxable { get; set; }

    /// <summary>
    /// Usage Unit. Values: Box, Carton, Dozen, Each, Hours, Impressions, Lb, M, Pack, Pages, Pieces, Quantity, Reams, Sheet, Spiral Binder, Sq Ft.
    /// </summary>
    public string? UsageUnit { get; set; }

    /// <summary>
    /// Qty Ordered.
    /// </summary>
    public decimal? QtyOrdered { get; set; }

    /// <summary>
    /// Quantity in Stock.
    /// </summary>
    public decimal? QtyInStock { get; set; }

    /// <summary>
    /// Quantity in Demand.
    /// </summary>
    public decimal? QtyInDemand { get; set; }

    /// <summary>
    /// Reorder Level.
    /// </summary>
    public decimal? ReorderLevel { get; set; }

    /// <summary>
    /// Sales Start Date.
    /// </summary>
    public DateOnly? SalesStartDate { get; set; }

    /// <summary>
    /// Sales End Date.
    /// </summary>
    public DateOnly? SalesEndDate { get; set; }

    /// <summary>
    /// Support Start Date.
    /// </summary>
    public DateOnly? SupportStartDate { get; set; }

    /// <summary>
    /// Support Expiry Date.
    /// </summary>
    public DateOnly? SupportExpiryDate { get; set; }

    /// <summary>
    /// Description.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual ICollection<Case> Cases { get; set; } = new List<Case>();

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual Vendor? Vendor { get; set; }
}
