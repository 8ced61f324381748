using System;
using System.Collections.Generic;
using EFCore.ZohoCrm;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

public partial class Account
{
    /// <summary>
    /// Account Owner.
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
    /// Account Name.
    /// </summary>
    public string AccountName { get; set; } = null!;

    /// <summary>
    /// Account Number.
    /// </summary>
    public string? AccountNumber { get; set; }

    /// <summary>
    /// Account Site.
    /// </summary>
    public string? AccountSite { get; set; }

    /// <summary>
    /// Parent Account.
    /// </summary>
    public long? ParentAccountId { get; set; }

    /// <summary>
    /// Account Type. Values: Analyst, Competitor, Customer, Distributor, Integrator, Investor, Other, Partner, Press, Prospect, Reseller, Supplier, Vendor.
    /// </summary>
    public string? AccountType { get; set; }

    /// <summary>
    /// Industry. Values: ASP (Application Service Provider), Data/Telecom OEM, ERP (Enterprise Resource Planning), Government/Military, Large Enterprise, Management ISV, MSP (Management Service Provider), Network Equipment Enterprise, Non-management ISV, Optical Networking, Service Provider, Small/Medium Enterprise, Storage Equipment, Storage Service Provider, Systems Integrator, Wireless Industry.
    /// </summary>
    public string? Industry { get; set; }

    /// <summary>
    /// Ownership. Values: Other, Private, Public, Subsidiary, Partnership, Government, Privately Held, Public Company.
    /// </summary>
    public string? Ownership { get; set; }

    /// <summary>
    /// Rating. Values: Acquired, Active, Market Failed, Project Cancelled, Shut Down.
    /// </summary>
    public string? Rating { get; set; }

    /// <summary>
    /// Phone.
    /// </summary>
    public string? Phone { get; set; }

    /// <summary>
    /// Fax.
    /// </summary>
    public string? Fax { get; set; }

    /// <summary>
    /// Website.
    /// </summary>
    public string? Website { get; set; }

    /// <summary>
    /// Ticker Symbol.
    /// </summary>
    public string? TickerSymbol { get; set; }

    /// <summary>
    /// Employees.
    /// </summary>
    public int? Employees { get; set; }

    /// <summary>
    /// Annual Revenue.
    /// </summary>
    public decimal? AnnualRevenue { get; set; }

    /// <summary>
    /// SIC Code.
    /// </summary>
    public int? SicCode { get; set; }

    /// <summary>
    /// Billing Street.
    /// </summary>
    public string? BillingStreet { get; set; }

    /// <summary>
    /// Billing City.
    /// </summary>
    public string? BillingCity { get; set; }

    /// <summary>
    /// Billing State.
    /// </summary>
    public string? BillingState { get; set; }

    /// <summary>
    /// Billing Code.
    /// </summary>
    public string? BillingCode { get; set; }

    /// <summary>
    /// Billing Country.
    /// </summary>
    public string? BillingCountry { get; set; }

    /// <summary>
    /// Shipping Street.
    /// </summary>
    public string? ShippingStreet { get; set; }

    /// <summary>
    /// Shipping City.
    /// </summary>
    public string? ShippingCity { get; set; }

    /// <summary>
    /// Shipping State.
    /// </summary>
    public string? ShippingState { get; set; }

    /// <summary>
    /// Shipping Code.
    /// </summary>
    public string? ShippingCode { get; set; }

    /// <summary>
    /// Shipping Country.
    /// </summary>
    public string? ShippingCountry { get; set; }

    /// <summary>
    /// Description.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Record Id.
    /// </summary>
    public long Id { get; set; }

    public virtual ICollection<Case> Cases { get; set; } = new List<Case>();

    public virtual ICollection<Contact> Contacts { get; set; } = new List<Contact>();

    public virtual ZohoCrmUser? CreatedBy { get; set; }

    public virtual ICollection<CustomModule10> CustomModule10s { get; set; } = new List<CustomModule10>();

    public virtual ICollection<CustomModule11> CustomModule11s { get; set; } = new List<CustomModule11>();

    public virtual ICollection<CustomModule12> CustomModule12s { get; set; } = new List<CustomModule12>();

    public virtual ICollection<CustomModule13> CustomModule13s { get; set; } = new List<CustomModule13>();

    public virtual ICollection<CustomModule14> CustomModule14s { get; set; } = new List<CustomModule14>();

    public virtual ICollection<CustomModule15> CustomModule15s { get; set; } = new List<CustomModule15>();

    public virtual ICollection<CustomModule16> CustomModule16s { get; set; } = new List<CustomModule16>();

    public virtual ICollection<CustomModule17> CustomModule17s { get; set; } = new List<CustomModule17>();

    public virtual ICollection<CustomModule18> CustomModule18s { get; set; } = new List<CustomModule18>();

    public virtual ICollection<CustomModule19> CustomModule19s { get; set; } = new List<CustomModule19>();

    public virtual ICollection<CustomModule1> CustomModule1s { get; set; } = new List<CustomModule1>();

    public virtual ICollection<CustomModule20> CustomModule20s { get; set; } = new List<CustomModule20>();

    public virtual ICollection<CustomModule21> CustomModule21s { get; set; } = new List<CustomModule21>();

    public virtual ICollection<CustomModule22> CustomModule22s { get; set; } = new List<CustomModule22>();

    public virtual ICollection<CustomModule23> CustomModule23s { get; set; } = new List<CustomModule23>();

    public virtual ICollection<CustomModule24> CustomModule24s { get; set; } = new List<CustomModule24>();

    public virtual ICollection<CustomModule25> CustomModule25s { get; set; } = new List<CustomModule25>();

    public virtual ICollection<CustomModule26> CustomModule26s { get; set; } = new List<CustomModule26>();

    public virtual ICollection<CustomModule27> CustomModule27s { get; set; } = new List<CustomModule27>();

    public virtual ICollection<CustomModule28> CustomModule28s { get; set; } = new List<CustomModule28>();

    public virtual ICollection<CustomModule29> CustomModule29s { get; set; } = new List<CustomModule29>();

    public virtual ICollection<CustomModule2> CustomModule2s { get; set; } = new List<CustomModule2>();

    public virtual ICollection<CustomModule30> CustomModule30s { get; set; } = new List<CustomModule30>();

    public virtual ICollection<CustomModule31> CustomModule31s { get; set; } = new List<CustomModule31>();

    public virtual ICollection<CustomModule32> CustomModule32s { get; set; } = new List<CustomModule32>();

    public virtual ICollection<CustomModule33> CustomModule33s { get; set; } = new List<CustomModule33>();

    public virtual ICollection<CustomModule34> CustomModule34s { get; set; } = new List<CustomModule34>();

    public virtual ICollection<CustomModule35> CustomModule35s { get; set; } = new List<CustomModule35>();

    public virtual ICollection<CustomModule36> CustomModule36s { get; set; } = new List<CustomModule36>();

    public virtual ICollection<CustomModule37> CustomModule37s { get; set; } = new List<CustomModule37>();

    public virtual ICollection<CustomModule38> CustomModule38s { get; set; } = new List<CustomModule38>();

    public virtual ICollection<CustomModule39> CustomModule39s { get; set; } = new List<CustomModule39>();

    public virtual ICollection<CustomModule3> CustomModule3s { get; set; } = new List<CustomModule3>();

    public virtual ICollection<CustomModule40> CustomModule40s { get; set; } = new List<CustomModule40>();

    public virtual ICollection<CustomModule41> CustomModule41s { get; set; } = new List<CustomModule41>();

    public virtual ICollection<CustomModule42> CustomModule42s { get; set; } = new List<CustomModule42>();

    public virtual ICollection<CustomModule43> CustomModule43s { get; set; } = new List<CustomModule43>();

    public virtual ICollection<CustomModule44> CustomModule44s { get; set; } = new List<CustomModule44>();

    public virtual ICollection<CustomModule45> CustomModule45s { get; set; } = new List<CustomModule45>();

    public virtual ICollection<CustomModule46> CustomModule46s { get; set; } = new List<CustomModule46>();

    public virtual ICollection<CustomModule47> CustomModule47s { get; set; } = new List<CustomModule47>();

    public virtual ICollection<CustomModule48> CustomModule48s { get; set; } = new List<CustomModule48>();

    public virtual ICollection<CustomModule49> CustomModule49s { get; set; } = new List<CustomModule49>();

    public virtual ICollection<CustomModule4> CustomModule4s { get; set; } = new List<CustomModule4>();

    public virtual ICollection<CustomModule50> CustomModule50s { get; set; } = new List<CustomModule50>();

    public virtual ICollection<CustomModule51> CustomModule51s { get; set; } = new List<CustomModule51>();

    public virtual ICollection<CustomModule52> CustomModule52s { get; set; } = new List<CustomModule52>();

    public virtual ICollection<CustomModule53> CustomModule53s { get; set; } = new List<CustomModule53>();

    public virtual ICollection<CustomModule54> CustomModule54s { get; set; } = new List<CustomModule54>();

    public virtual ICollection<CustomModule55> CustomModule55s { get; set; } = new List<CustomModule55>();

    public virtual ICollection<CustomModule56> CustomModule56s { get; set; } = new List<CustomModule56>();

    public virtual ICollection<CustomModule57> CustomModule57s { get; set; } = new List<CustomModule57>();

    public virtual ICollection<CustomModule58> CustomModule58s { get; set; } = new List<CustomModule58>();

    public virtual ICollection<CustomModule59> CustomModule59s { get; set; } = new List<CustomModule59>();

    public virtual ICollection<CustomModule5> CustomModule5s { get; set; } = new List<CustomModule5>();

    public virtual ICollection<CustomModule60> CustomModule60s { get; set; } = new List<CustomModule60>();

    public virtual ICollection<CustomModule61> CustomModule61s { get; set; } = new List<CustomModule61>();

    public virtual ICollection<CustomModule62> CustomModule62s { get; set; } = new List<CustomModule62>();

    public virtual ICollection<CustomModule63> CustomModule63s { get; set; } = new List<CustomModule63>();

    public virtual ICollection<CustomModule64> CustomModule64s { get; set; } = new List<CustomModule64>();

    public virtual ICollection<CustomModule65> CustomModule65s { get; set; } = new List<CustomModule65>();

    public virtual ICollection<CustomModule66> CustomModule66s { get; set; } = new List<CustomModule66>();

    public virtual ICollection<CustomModule67> CustomModule67s { get; set; } = new List<CustomModule67>();

    public virtual ICollection<CustomModule68> CustomModule68s { get; set; } = new List<CustomModule68>();

    public virtual ICollection<CustomModule69> CustomModule69s { get; set; } = new List<CustomModule69>();

    public virtual ICollection<CustomModule6> CustomModule6s { get; set; } = new List<CustomModule6>();

    public virtual ICollection<CustomModule70> CustomModule70s { get; set; } = new List<CustomModule70>();

    public virtual ICollection<CustomModule71> CustomModule71s { get; set; } = new List<CustomModule71>();

    public virtual ICollection<CustomModule72> CustomModule72s { get; set; } = new List<CustomModule72>();

    public virtual ICollection<CustomModule73> CustomModule73s { get; set; } = new List<CustomModule73>();

    public virtual ICollection<CustomModule74> CustomModule74s { get; set; } = new List<CustomModule74>();

    public virtual ICollection<CustomModule75> CustomModule75s { get; set; } = new List<CustomModule75>();

    public virtual ICollection<CustomModule76> CustomModule76s { get; set; } = new List<CustomModule76>();

    public virtual ICollection<CustomModule77> CustomModule77s { get; set; } = new List<CustomModule77>();

    public virtual ICollection<CustomModule78> CustomModule78s { get; set; } = new List<CustomModule78>();

    public virtual ICollection<CustomModule79> CustomModule79s { get; set; } = new List<CustomModule79>();

    public virtual ICollection<CustomModule7> CustomModule7s { get; set; } = new List<CustomModule7>();

    public virtual ICollection<CustomModule80> CustomModule80s { get; set; } = new List<CustomModule80>();

    public virtual ICollection<CustomModule81> CustomModule81s { get; set; } = new List<CustomModule81>();

    public virtual ICollection<CustomModule82> CustomModule82s { get; set; } = new List<CustomModule82>();

    public virtual ICollection<CustomModule83> CustomModule83s { get; set; } = new List<CustomModule83>();

    public virtual ICollection<CustomModule84> CustomModule84s { get; set; } = new List<CustomModule84>();

    public virtual ICollection<CustomModule85> CustomModule85s { get; set; } = new List<CustomModule85>();

    public virtual ICollection<CustomModule86> CustomModule86s { get; set; } = new List<CustomModule86>();

    public virtual ICollection<CustomModule87> CustomModule87s { get; set; } = new List<CustomModule87>();

    public virtual ICollection<CustomModule88> CustomModule88s { get; set; } = new List<CustomModule88>();

    public virtual ICollection<CustomModule8> CustomModule8s { get; set; } = new List<CustomModule8>();

    public virtual ICollection<CustomModule9> CustomModule9s { get; set; } = new List<CustomModule9>();

    public virtual ICollection<Deal> Deals { get; set; } = new List<Deal>();

    public virtual ICollection<Account> InverseParentAccount { get; set; } = new List<Account>();

    public virtual ZohoCrmUser? ModifiedBy { get; set; }

    public virtual ZohoCrmUser? Owner { get; set; }

    public virtual Account? ParentAccount { get; set; }

    public virtual ICollection<Project> Projects { get; set; } = new List<Project>();
}
