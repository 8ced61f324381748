using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Seeding;

/// <summary>
/// The emulated org's schema: its users, the standard modules of api.md §10, custom fields on Leads and one custom
/// module (<c>Projects</c>) with a field of every data type COQL reads, plus, when asked, extra custom modules
/// (<c>Custom_Module_1</c> ...) for orgs of many modules. The schema never depends on the seed.
/// </summary>
public static class StandardOrg
{
    public const string CustomModule = "Projects";

    /// <summary>The most extra custom modules an org can have (Zoho allows a few hundred per edition).</summary>
    public const int MaxExtraCustomModules = 500;

    /// <summary>The API name of the extra custom module number <paramref name="number"/> (from 1).</summary>
    public static string ExtraCustomModule(int number) => "Custom_Module_" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Olivia Hart, the administrator the emulator's tokens belong to.</summary>
    public static readonly long CurrentUserId = RecordIdSequence.Id(412001);

    public static readonly long AdministratorProfileId = RecordIdSequence.Id(26011);
    public static readonly long StandardProfileId = RecordIdSequence.Id(26014);

    /// <summary>
    /// What the Standard profile cannot use: Deals (as when an admin clears the profile's Deals permission), so a
    /// Standard user's tokens show a narrower view of the org than the administrator's.
    /// </summary>
    public static readonly IReadOnlySet<string> StandardProfileModulesWithoutAccess = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Deals" };

    public static class Picklists
    {
        public static readonly string[] Salutation = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof."];
        public static readonly string[] LeadSource = ["Advertisement", "Cold Call", "Employee Referral", "External Referral", "Online Store", "Partner", "Public Relations", "Seminar Partner", "Trade Show", "Web Download", "Web Research", "Chat"];
        public static readonly string[] LeadStatus = ["Attempted to Contact", "Contact in Future", "Contacted", "Junk Lead", "Lost Lead", "Not Contacted", "Pre-Qualified", "Not Qualified"];
        public static readonly string[] Industry = ["ASP (Application Service Provider)", "Data/Telecom OEM", "ERP (Enterprise Resource Planning)", "Government/Military", "Large Enterprise", "Management ISV", "MSP (Management Service Provider)", "Network Equipment Enterprise", "Non-management ISV", "Optical Networking", "Service Provider", "Small/Medium Enterprise", "Storage Equipment", "Storage Service Provider", "Systems Integrator", "Wireless Industry"];
        public static readonly string[] Rating = ["Acquired", "Active", "Market Failed", "Project Cancelled", "Shut Down"];
        public static readonly string[] Languages = ["English", "French", "German", "Spanish", "Hindi", "Japanese"];
        public static readonly string[] AccountType = ["Analyst", "Competitor", "Customer", "Distributor", "Integrator", "Investor", "Other", "Partner", "Press", "Prospect", "Reseller", "Supplier", "Vendor"];
        public static readonly string[] Ownership = ["Other", "Private", "Public", "Subsidiary", "Partnership", "Government", "Privately Held", "Public Company"];
        public static readonly string[] Stage = ["Qualification", "Needs Analysis", "Value Proposition", "Identify Decision Makers", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost", "Closed-Lost to Competition"];
        public static readonly string[] Pipeline = ["Standard (Standard)"];
        public static readonly string[] DealType = ["Existing Business", "New Business"];
        public static readonly string[] ProductCategory = ["Hardware", "Software", "CRM Applications", "Services"];
        public static readonly string[] Manufacturer = ["AltvetPet Inc.", "LexPro Inc.", "MetBeat Corp."];
        public static readonly string[] UsageUnit = ["Box", "Carton", "Dozen", "Each", "Hours", "Impressions", "Lb", "M", "Pack", "Pages", "Pieces", "Quantity", "Reams", "Sheet", "Spiral Binder", "Sq Ft"];
        public static readonly string[] GlAccount = ["Sales-Hardware", "Sales-Software", "Rental-Income", "Interest-Income", "Sales-Software-Support", "Sales Other", "Interest Sales", "Service-Hardware Labor"];
        public static readonly string[] CampaignType = ["Conference", "Webinar", "Trade Show", "Public Relations", "Partners", "Referral Program", "Advertisement", "Banner Ads", "Direct mail", "Email", "Telemarketing", "Others"];
        public static readonly string[] CampaignStatus = ["Planning", "Active", "Inactive", "Complete"];
        public static readonly string[] CaseStatus = ["New", "On Hold", "Escalated", "Closed"];
        public static readonly string[] CaseOrigin = ["Email", "Phone", "Web"];
        public static readonly string[] Priority = ["High", "Medium", "Low"];
        public static readonly string[] CaseType = ["Question", "Problem", "Feature Request"];
        public static readonly string[] CaseReason = ["User did not attend any training", "Complex functionality", "Existing problem", "Instructions not clear", "New problem"];
        public static readonly string[] TaskStatus = ["Not Started", "Deferred", "In Progress", "Completed", "Waiting for input"];
        public static readonly string[] TaskPriority = ["High", "Highest", "Low", "Lowest", "Normal"];
        public static readonly string[] CallType = ["Inbound", "Outbound", "Missed"];
        public static readonly string[] CallPurpose = ["Prospecting", "Administrative", "Negotiation", "Demo", "Project", "Desk"];
        public static readonly string[] CallResult = ["Interested", "Not interested", "No response/Busy", "Requested more info", "Requested call back", "Invalid number"];
        public static readonly string[] ProjectStatus = ["Planned", "In Progress", "On Hold", "Completed", "Cancelled"];
        public static readonly string[] PricingModel = ["Flat", "Differential"];
        public static readonly string[] Technologies = [".NET", "Java", "Python", "React", "Kubernetes", "PostgreSQL", "Zoho Creator"];
    }

    /// <summary>The org's schema, with <paramref name="extraCustomModules"/> custom modules after the standard ones.</summary>
    public static OrgSchema Build(int extraCustomModules = 0)
    {
        if (extraCustomModules is < 0 or > MaxExtraCustomModules)
        {
            throw new ArgumentOutOfRangeException(nameof(extraCustomModules), extraCustomModules,
                $"The number of extra custom modules must be between 0 and {MaxExtraCustomModules}.");
        }

        var ids = new MetadataIds(2501);
        var org = new OrgInfo
        {
            Id = RecordIdSequence.Id(100),
            CompanyName = "Zylker Logistics",
            Zgid = "700000001",
            PrimaryEmail = "olivia.hart@zylker.example",
            TimeZone = "Asia/Kolkata",
            UtcOffset = TimeSpan.FromMinutes(330),
            Currency = "USD",
        };
        ModuleDefinition[] modules =
        [
            Leads(ids), Accounts(ids), Contacts(ids), Deals(ids), Tasks(ids), Events(ids), Calls(ids),
            Products(ids), Vendors(ids), Campaigns(ids), Cases(ids), Projects(ids), Notes(ids),
            // After Notes, so the metadata ids of the modules before it stay as they were.
            PriceBooks(ids),
            // After the standard modules, so their metadata ids do not depend on how many extra modules there are.
            .. Enumerable.Range(1, extraCustomModules).Select(n => ExtraCustom(ids, n)),
        ];
        return new OrgSchema(org, modules, Users(), CurrentUserId);
    }

    private static UserDefinition[] Users()
    {
        var ceo = RecordIdSequence.Id(26005);
        var manager = RecordIdSequence.Id(26008);
        var rep = RecordIdSequence.Id(26009);
        return
        [
            User(412001, "Olivia", "Hart", "CEO", ceo, admin: true),
            User(415007, "Tomasz", "Wrobel", "Manager", manager),
            User(415011, "Priya", "Raman", "Manager", manager),
            User(415019, "Daniel", "Okafor", "Sales Representative", rep),
            User(415023, "Mei", "Tanaka", "Sales Representative", rep),
            User(415029, "Lucas", "Moreau", "Sales Representative", rep, status: "disabled"),
        ];

        static UserDefinition User(long sequence, string first, string last, string role, long roleId, bool admin = false, string status = "active") => new()
        {
            Id = RecordIdSequence.Id(sequence),
            FirstName = first,
            LastName = last,
            Email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@zylker.example",
            RoleName = role,
            RoleId = roleId,
            ProfileName = admin ? "Administrator" : "Standard",
            ProfileId = admin ? AdministratorProfileId : StandardProfileId,
            Status = status,
            Zuid = (80000000 + sequence).ToString(System.Globalization.CultureInfo.InvariantCulture),
            IsAdmin = admin,
            ModulesWithoutAccess = admin ? new HashSet<string>() : StandardProfileModulesWithoutAccess,
        };
    }

    private static ModuleDefinition Module(string apiName, long idSequence, string singular, string plural, ModuleBuilder fields,
        string displayField, int sequence, params string[] duplicateCheck) =>
        new(apiName, RecordIdSequence.Id(idSequence), singular, plural, fields.Fields)
        {
            ModuleName = apiName,
            DisplayField = displayField,
            SequenceNumber = sequence,
            DefaultDuplicateCheckFields = duplicateCheck,
        };

    private static ModuleDefinition Leads(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Lead").SystemFields()
            .Text("Company", "Company", 200)
            .Picklist("Salutation", "Salutation", Picklists.Salutation)
            .Text("First_Name", "First Name", 40)
            .Text("Last_Name", "Last Name", 80, mandatory: true)
            .FullName()
            .Text("Designation", "Title", 100)
            .Typed(FieldDataType.Email, "Email", "Email")
            .Typed(FieldDataType.Email, "Secondary_Email", "Secondary Email")
            .Typed(FieldDataType.Phone, "Phone", "Phone")
            .Typed(FieldDataType.Phone, "Mobile", "Mobile")
            .Typed(FieldDataType.Phone, "Fax", "Fax")
            .Typed(FieldDataType.Website, "Website", "Website")
            .Picklist("Lead_Source", "Lead Source", Picklists.LeadSource)
            .Picklist("Lead_Status", "Lead Status", Picklists.LeadStatus)
            .Picklist("Industry", "Industry", Picklists.Industry)
            .Picklist("Rating", "Rating", Picklists.Rating)
            .Typed(FieldDataType.Integer, "No_of_Employees", "No. of Employees")
            .Typed(FieldDataType.Currency, "Annual_Revenue", "Annual Revenue")
            .Typed(FieldDataType.Boolean, "Email_Opt_Out", "Email Opt Out")
            .Text("Skype_ID", "Skype ID", 50)
            .Text("Twitter", "Twitter", 50)
            .Text("Street", "Street", 250)
            .Text("City", "City", 100)
            .Text("State", "State", 100)
            .Text("Zip_Code", "Zip Code", 30)
            .Text("Country", "Country", 100)
            .Textarea("Description", "Description")
            .Typed(FieldDataType.Date, "Preferred_Contact_Date", "Preferred Contact Date", custom: true)
            .MultiSelect("Languages_Spoken", "Languages Spoken", Picklists.Languages, custom: true)
            .Typed(FieldDataType.Percent, "Discount_Rate", "Discount Rate", custom: true)
            .Lookup("Referred_By", "Referred By", "Contacts", "Referred_Leads", custom: true)
            .Text("External_Lead_Id", "External Lead Id", custom: true, unique: true)
            .Formula("Score_Formula", "Score", FieldDataType.Double, "Annual_Revenue / 1000",
                v => v.GetValueOrDefault("Annual_Revenue") is decimal revenue ? decimal.Round(revenue / 1000m, 2) : null);
        return Module("Leads", 2175, "Lead", "Leads", f, "Full_Name", 2, "Email");
    }

    private static ModuleDefinition Accounts(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Account").SystemFields()
            .Text("Account_Name", "Account Name", 200, mandatory: true)
            .Text("Account_Number", "Account Number", 40)
            .Text("Account_Site", "Account Site", 80)
            .Lookup("Parent_Account", "Parent Account", "Accounts", "Child_Accounts")
            .Picklist("Account_Type", "Account Type", Picklists.AccountType)
            .Picklist("Industry", "Industry", Picklists.Industry)
            .Picklist("Ownership", "Ownership", Picklists.Ownership)
            .Picklist("Rating", "Rating", Picklists.Rating)
            .Typed(FieldDataType.Phone, "Phone", "Phone")
            .Typed(FieldDataType.Phone, "Fax", "Fax")
            .Typed(FieldDataType.Website, "Website", "Website")
            .Text("Ticker_Symbol", "Ticker Symbol", 30)
            .Typed(FieldDataType.Integer, "Employees", "Employees")
            .Typed(FieldDataType.Currency, "Annual_Revenue", "Annual Revenue")
            .Typed(FieldDataType.Integer, "SIC_Code", "SIC Code")
            .Text("Billing_Street", "Billing Street", 250)
            .Text("Billing_City", "Billing City", 100)
            .Text("Billing_State", "Billing State", 100)
            .Text("Billing_Code", "Billing Code", 30)
            .Text("Billing_Country", "Billing Country", 100)
            .Text("Shipping_Street", "Shipping Street", 250)
            .Text("Shipping_City", "Shipping City", 100)
            .Text("Shipping_State", "Shipping State", 100)
            .Text("Shipping_Code", "Shipping Code", 30)
            .Text("Shipping_Country", "Shipping Country", 100)
            .Textarea("Description", "Description");
        return Module("Accounts", 2177, "Account", "Accounts", f, "Account_Name", 4, "Account_Name");
    }

    private static ModuleDefinition Contacts(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Contact").SystemFields()
            .Picklist("Salutation", "Salutation", Picklists.Salutation)
            .Text("First_Name", "First Name", 40)
            .Text("Last_Name", "Last Name", 80, mandatory: true)
            .FullName()
            .Lookup("Account_Name", "Account Name", "Accounts", "Contacts")
            .Lookup("Vendor_Name", "Vendor Name", "Vendors", "Contacts")
            .Lookup("Reporting_To", "Reporting To", "Contacts", "Reporting_Contacts")
            .Typed(FieldDataType.Email, "Email", "Email")
            .Typed(FieldDataType.Email, "Secondary_Email", "Secondary Email")
            .Text("Title", "Title", 100)
            .Text("Department", "Department", 100)
            .Typed(FieldDataType.Phone, "Phone", "Phone")
            .Typed(FieldDataType.Phone, "Home_Phone", "Home Phone")
            .Typed(FieldDataType.Phone, "Mobile", "Mobile")
            .Typed(FieldDataType.Phone, "Fax", "Fax")
            .Text("Assistant", "Assistant", 100)
            .Typed(FieldDataType.Date, "Date_of_Birth", "Date of Birth")
            .Picklist("Lead_Source", "Lead Source", Picklists.LeadSource)
            .Typed(FieldDataType.Boolean, "Email_Opt_Out", "Email Opt Out")
            .Text("Skype_ID", "Skype ID", 50)
            .Text("Twitter", "Twitter", 50)
            .Text("Mailing_Street", "Mailing Street", 250)
            .Text("Mailing_City", "Mailing City", 100)
            .Text("Mailing_State", "Mailing State", 100)
            .Text("Mailing_Zip", "Mailing Zip", 30)
            .Text("Mailing_Country", "Mailing Country", 100)
            .Textarea("Description", "Description");
        return Module("Contacts", 2179, "Contact", "Contacts", f, "Full_Name", 3, "Email");
    }

    private static ModuleDefinition Deals(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Deal").SystemFields()
            .Text("Deal_Name", "Deal Name", 120, mandatory: true)
            .Picklist("Stage", "Stage", Picklists.Stage, mandatory: true)
            .Picklist("Pipeline", "Pipeline", Picklists.Pipeline)
            .Typed(FieldDataType.Currency, "Amount", "Amount")
            .Typed(FieldDataType.Date, "Closing_Date", "Closing Date")
            .Typed(FieldDataType.Integer, "Probability", "Probability (%)")
            .Typed(FieldDataType.Currency, "Expected_Revenue", "Expected Revenue")
            .Lookup("Account_Name", "Account Name", "Accounts", "Deals")
            .Lookup("Contact_Name", "Contact Name", "Contacts", "Deals")
            .Lookup("Campaign_Source", "Campaign Source", "Campaigns", "Deals")
            .Picklist("Type", "Type", Picklists.DealType)
            .Picklist("Lead_Source", "Lead Source", Picklists.LeadSource)
            .Text("Next_Step", "Next Step", 100)
            .Textarea("Description", "Description");
        return Module("Deals", 2181, "Deal", "Deals", f, "Deal_Name", 5, "Deal_Name");
    }

    private static ModuleDefinition Tasks(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Task").SystemFields()
            .Text("Subject", "Subject", 300, mandatory: true)
            .Typed(FieldDataType.Date, "Due_Date", "Due Date")
            .Picklist("Status", "Status", Picklists.TaskStatus)
            .Picklist("Priority", "Priority", Picklists.TaskPriority)
            .Lookup("Who_Id", "Contact Name", "Contacts", "Tasks")
            .MultiModuleLookup("What_Id", "Related To", ActivityParents)
            .Typed(FieldDataType.Boolean, "Send_Notification_Email", "Send Notification Email")
            .Textarea("Description", "Description");
        return Activity(Module("Tasks", 2191, "Task", "Tasks", f, "Subject", 6));
    }

    private static ModuleDefinition Events(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Meeting").SystemFields()
            .Text("Event_Title", "Title", 255, mandatory: true)
            .Typed(FieldDataType.DateTime, "Start_DateTime", "From", mandatory: true)
            .Typed(FieldDataType.DateTime, "End_DateTime", "To", mandatory: true)
            .Typed(FieldDataType.Boolean, "All_day", "All day")
            .Text("Venue", "Location", 255)
            .Lookup("Who_Id", "Contact Name", "Contacts", "Events")
            .MultiModuleLookup("What_Id", "Related To", ActivityParents)
            .Textarea("Description", "Description");
        var events = new ModuleDefinition("Events", RecordIdSequence.Id(2193), "Meeting", "Meetings", f.Fields)
        {
            ModuleName = "Meetings",
            DisplayField = "Event_Title",
            SequenceNumber = 7,
        };
        return Activity(events);
    }

    private static ModuleDefinition Calls(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Call").SystemFields()
            .Text("Subject", "Subject", 300, mandatory: true)
            .Picklist("Call_Type", "Call Type", Picklists.CallType, mandatory: true)
            .Typed(FieldDataType.DateTime, "Call_Start_Time", "Call Start Time", mandatory: true)
            .Text("Call_Duration", "Call Duration", 10, mandatory: true)
            .Picklist("Call_Purpose", "Call Purpose", Picklists.CallPurpose)
            .Picklist("Call_Result", "Call Result", Picklists.CallResult)
            .Lookup("Who_Id", "Contact Name", "Contacts", "Calls")
            .MultiModuleLookup("What_Id", "Related To", ActivityParents)
            .Textarea("Description", "Description");
        return Activity(Module("Calls", 2195, "Call", "Calls", f, "Subject", 8));
    }

    /// <summary>
    /// The modules an activity's <c>What_Id</c> may point to: Zoho's list (Accounts, Deals, Products, Quotes, Sales
    /// Orders, Purchase Orders, Invoices, Campaigns, Vendors, Cases) as far as the emulated org has those modules, plus
    /// Leads (a lead is linked through <c>What_Id</c>; <c>Who_Id</c> takes contacts only).
    /// </summary>
    public static readonly IReadOnlyList<string> ActivityParents = ["Leads", "Accounts", "Deals", "Products", "Campaigns", "Vendors", "Cases"];

    private static ModuleDefinition Activity(ModuleDefinition module) => new(module.ApiName, module.Id, module.SingularLabel, module.PluralLabel, module.Fields)
    {
        ModuleName = module.ModuleName,
        DisplayField = module.DisplayField,
        SequenceNumber = module.SequenceNumber,
        DefaultDuplicateCheckFields = module.DefaultDuplicateCheckFields,
        ParentModuleApiName = "Activities",
        ParentModuleId = RecordIdSequence.Id(2188),
    };

    private static ModuleDefinition Products(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Product").SystemFields()
            .Text("Product_Name", "Product Name", 200, mandatory: true)
            .Text("Product_Code", "Product Code", 40, unique: true)
            .Typed(FieldDataType.Boolean, "Product_Active", "Product Active")
            .Picklist("Product_Category", "Product Category", Picklists.ProductCategory)
            .Picklist("Manufacturer", "Manufacturer", Picklists.Manufacturer)
            .Lookup("Vendor_Name", "Vendor Name", "Vendors", "Products")
            .Typed(FieldDataType.Currency, "Unit_Price", "Unit Price")
            .Typed(FieldDataType.Currency, "Commission_Rate", "Commission Rate")
            .Typed(FieldDataType.Boolean, "Taxable", "Taxable")
            .Picklist("Usage_Unit", "Usage Unit", Picklists.UsageUnit)
            .Typed(FieldDataType.Double, "Qty_Ordered", "Qty Ordered")
            .Typed(FieldDataType.Double, "Qty_in_Stock", "Quantity in Stock")
            .Typed(FieldDataType.Double, "Qty_in_Demand", "Quantity in Demand")
            .Typed(FieldDataType.Double, "Reorder_Level", "Reorder Level")
            .Typed(FieldDataType.Date, "Sales_Start_Date", "Sales Start Date")
            .Typed(FieldDataType.Date, "Sales_End_Date", "Sales End Date")
            .Typed(FieldDataType.Date, "Support_Start_Date", "Support Start Date")
            .Typed(FieldDataType.Date, "Support_Expiry_Date", "Support Expiry Date")
            .Textarea("Description", "Description");
        return Module("Products", 2213, "Product", "Products", f, "Product_Name", 9, "Product_Name");
    }

    private static ModuleDefinition Vendors(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Vendor").SystemFields()
            .Text("Vendor_Name", "Vendor Name", 100, mandatory: true)
            .Typed(FieldDataType.Email, "Email", "Email")
            .Typed(FieldDataType.Phone, "Phone", "Phone")
            .Typed(FieldDataType.Website, "Website", "Website")
            .Picklist("GL_Account", "GL Account", Picklists.GlAccount)
            .Text("Category", "Category", 100)
            .Text("Street", "Street", 250)
            .Text("City", "City", 100)
            .Text("State", "State", 100)
            .Text("Zip_Code", "Zip Code", 30)
            .Text("Country", "Country", 100)
            .Textarea("Description", "Description");
        return Module("Vendors", 2215, "Vendor", "Vendors", f, "Vendor_Name", 10, "Vendor_Name");
    }

    private static ModuleDefinition Campaigns(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Campaign").SystemFields()
            .Text("Campaign_Name", "Campaign Name", 120, mandatory: true)
            .Picklist("Type", "Type", Picklists.CampaignType)
            .Picklist("Status", "Status", Picklists.CampaignStatus)
            .Typed(FieldDataType.Date, "Start_Date", "Start Date")
            .Typed(FieldDataType.Date, "End_Date", "End Date")
            .Typed(FieldDataType.Currency, "Expected_Revenue", "Expected Revenue")
            .Typed(FieldDataType.Currency, "Budgeted_Cost", "Budgeted Cost")
            .Typed(FieldDataType.Currency, "Actual_Cost", "Actual Cost")
            .Typed(FieldDataType.Integer, "Expected_Response", "Expected Response")
            .Typed(FieldDataType.Integer, "Num_sent", "Numbers sent")
            .Lookup("Parent_Campaign", "Parent Campaign", "Campaigns", "Child_Campaigns")
            .Textarea("Description", "Description");
        return Module("Campaigns", 2183, "Campaign", "Campaigns", f, "Campaign_Name", 11, "Campaign_Name");
    }

    private static ModuleDefinition Cases(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Case").SystemFields()
            .Text("Subject", "Subject", 255, mandatory: true)
            .AutoNumber("Case_Number", "Case Number", "")
            .Picklist("Status", "Status", Picklists.CaseStatus, mandatory: true)
            .Picklist("Case_Origin", "Case Origin", Picklists.CaseOrigin, mandatory: true)
            .Picklist("Priority", "Priority", Picklists.Priority)
            .Picklist("Type", "Type", Picklists.CaseType)
            .Picklist("Case_Reason", "Case Reason", Picklists.CaseReason)
            .Lookup("Product_Name", "Product Name", "Products", "Cases")
            .Lookup("Account_Name", "Account Name", "Accounts", "Cases")
            .Lookup("Related_To", "Related To", "Contacts", "Cases")
            .Lookup("Deal_Name", "Deal Name", "Deals", "Cases")
            .Typed(FieldDataType.Email, "Email", "Email")
            .Typed(FieldDataType.Phone, "Phone", "Phone")
            .Text("Reported_By", "Reported By", 120)
            .Textarea("Description", "Description")
            .Textarea("Solution", "Solution");
        return Module("Cases", 2197, "Case", "Cases", f, "Subject", 12, "Subject");
    }

    private static ModuleDefinition Projects(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Project").SystemFields()
            .Text("Name", "Project Name", 120, mandatory: true)
            .AutoNumber("Project_Code", "Project Code", "PRJ-", custom: true)
            .Textarea("Summary", "Summary", "small", custom: true)
            .Typed(FieldDataType.Email, "Contact_Email", "Contact Email", custom: true)
            .Typed(FieldDataType.Phone, "Contact_Phone", "Contact Phone", custom: true)
            .Typed(FieldDataType.Website, "Project_Site", "Project Site", custom: true)
            .Picklist("Project_Status", "Project Status", Picklists.ProjectStatus, custom: true)
            .MultiSelect("Technologies", "Technologies", Picklists.Technologies, custom: true)
            .Typed(FieldDataType.Integer, "Team_Size", "Team Size", custom: true)
            .Typed(FieldDataType.BigInt, "External_Ref", "External Reference", custom: true)
            .Typed(FieldDataType.Double, "Estimated_Hours", "Estimated Hours", custom: true)
            .Typed(FieldDataType.Currency, "Budget", "Budget", custom: true)
            .Typed(FieldDataType.Percent, "Completion", "Completion", custom: true)
            .Typed(FieldDataType.Boolean, "Is_Billable", "Billable", custom: true)
            .Typed(FieldDataType.Date, "Start_Date", "Start Date", custom: true)
            .Typed(FieldDataType.DateTime, "Kickoff_Time", "Kickoff Time", custom: true)
            .Lookup("Account", "Account", "Accounts", "Projects", custom: true)
            .Lookup("Deal", "Deal", "Deals", "Projects", custom: true)
            .UserLookup("Project_Manager", "Project Manager")
            .Formula("Earned_Value", "Earned Value", FieldDataType.Currency, "Budget * Completion / 100",
                v => v.GetValueOrDefault("Budget") is decimal budget && v.GetValueOrDefault("Completion") is decimal completion
                    ? decimal.Round(budget * completion / 100m, 2)
                    : null);
        return new ModuleDefinition("Projects", RecordIdSequence.Id(2670002), "Project", "Projects", f.Fields)
        {
            ModuleName = "CustomModule1",
            GeneratedType = "custom",
            DisplayField = "Name",
            SequenceNumber = 13,
            DefaultDuplicateCheckFields = ["Name"],
        };
    }

    /// <summary>
    /// Notes: a title or a content, and the record they are attached to in <c>Parent_Id</c>, whose module travels in the
    /// value (<c>{"module": {"api_name": "Leads"}, "id": ".."}</c> in Zoho's v8 examples).
    /// </summary>
    private static ModuleDefinition Notes(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Note").SystemFields()
            .Text("Note_Title", "Note Title", 120)
            .Textarea("Note_Content", "Note Content")
            .MultiModuleLookup("Parent_Id", "Parent ID", NoteParents, moduleInValue: true, mandatory: true);
        return new ModuleDefinition("Notes", RecordIdSequence.Id(2199), "Note", "Notes", f.Fields)
        {
            ModuleName = "Notes",
            DisplayField = "Note_Title",
            SequenceNumber = 14,
            OneOfRequired = ["Note_Content", "Note_Title"],
        };
    }

    /// <summary>The modules a note can be attached to, as far as the emulated org has them.</summary>
    public static readonly IReadOnlyList<string> NoteParents =
        ["Leads", "Accounts", "Contacts", "Deals", "Campaigns", "Cases", "Products", "Vendors", "Tasks", "Events", "Calls", "Projects"];

    // Zoho's Price Books module without its Pricing_Details field (price ranges for the Differential model), which
    // COQL cannot read.
    private static ModuleDefinition PriceBooks(MetadataIds ids)
    {
        var f = new ModuleBuilder(ids, "Price Book").SystemFields()
            .Text("Price_Book_Name", "Price Book Name", 120, mandatory: true)
            .Typed(FieldDataType.Boolean, "Active", "Active")
            .Picklist("Pricing_Model", "Pricing Model", Picklists.PricingModel, mandatory: true)
            .Textarea("Description", "Description");
        return new ModuleDefinition("Price_Books", RecordIdSequence.Id(2217), "Price Book", "Price Books", f.Fields)
        {
            ModuleName = "PriceBooks",
            DisplayField = "Price_Book_Name",
            SequenceNumber = 15,
            DefaultDuplicateCheckFields = ["Price_Book_Name"],
        };
    }

    // A custom module of a larger org: a name, a few typed fields and a lookup, as orgs add them from the settings pages.
    private static ModuleDefinition ExtraCustom(MetadataIds ids, int number)
    {
        var apiName = ExtraCustomModule(number);
        var label = "Custom Module " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var f = new ModuleBuilder(ids, label).SystemFields()
            .Text("Name", label + " Name", 120, mandatory: true)
            .Picklist("Status", "Status", Picklists.ProjectStatus, custom: true)
            .Typed(FieldDataType.Currency, "Amount", "Amount", custom: true)
            .Typed(FieldDataType.Date, "Due_Date", "Due Date", custom: true)
            .Typed(FieldDataType.Boolean, "Is_Active", "Active", custom: true)
            .Lookup("Account", "Account", "Accounts", apiName, custom: true);
        return new ModuleDefinition(apiName, RecordIdSequence.Id(2680000 + number), label, label + "s", f.Fields)
        {
            ModuleName = "CustomModule" + (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            GeneratedType = "custom",
            DisplayField = "Name",
            SequenceNumber = 14 + number,
            DefaultDuplicateCheckFields = ["Name"],
        };
    }
}
