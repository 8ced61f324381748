using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Tests.Coql;

/// <summary>A small org: Leads, Accounts and Contacts with a field of every type the planner treats differently.</summary>
internal static class TestSchema
{
    public static readonly ZohoCrmModuleMetadata Leads = new()
    {
        ApiName = "Leads",
        Fields =
        [
            Field("Last_Name", ZohoCrmFieldType.Text),
            Field("First_Name", ZohoCrmFieldType.Text),
            Field("Company", ZohoCrmFieldType.Text),
            Field("Email", ZohoCrmFieldType.Email),
            Field("Lead_Status", ZohoCrmFieldType.Picklist),
            Field("Languages", ZohoCrmFieldType.MultiSelectPicklist),
            Field("No_of_Employees", ZohoCrmFieldType.Integer),
            Field("Big_Number", ZohoCrmFieldType.BigInt),
            Field("Annual_Revenue", ZohoCrmFieldType.Currency),
            Field("Rating_Score", ZohoCrmFieldType.Double),
            Field("Email_Opt_Out", ZohoCrmFieldType.Boolean),
            Field("Birth_Date", ZohoCrmFieldType.Date),
            Field("Created_Time", ZohoCrmFieldType.DateTime),
            Field("Description", ZohoCrmFieldType.Textarea) with { Filterable = false, Sortable = false },
            new() { ApiName = "Owner", DataType = ZohoCrmFieldType.OwnerLookup, LookupModule = "users" },
            new() { ApiName = "Account_Name", DataType = ZohoCrmFieldType.Lookup, LookupModule = "Accounts" },
            Field("Order", ZohoCrmFieldType.Text),
            Field("Score", ZohoCrmFieldType.Formula) with { ReturnType = ZohoCrmFieldType.Double },
            Field("Hidden_Text", ZohoCrmFieldType.Text) with { Filterable = false },
            Field("Attachments_Field", ZohoCrmFieldType.FileUpload),
        ],
    };

    public static readonly ZohoCrmModuleMetadata Accounts = new()
    {
        ApiName = "Accounts",
        Fields =
        [
            Field("Account_Name", ZohoCrmFieldType.Text),
            Field("Industry", ZohoCrmFieldType.Picklist),
            new() { ApiName = "Parent_Account", DataType = ZohoCrmFieldType.Lookup, LookupModule = "Accounts" },
            new() { ApiName = "Owner", DataType = ZohoCrmFieldType.OwnerLookup, LookupModule = "users" },
        ],
    };

    public static readonly ZohoCrmModuleMetadata Wide = new()
    {
        ApiName = "Wide",
        Fields = Enumerable.Range(1, 120).Select(i => Field("F" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), ZohoCrmFieldType.Text)).ToList(),
    };

    public static readonly IZohoCrmSchema Schema = new ZohoCrmSchemaSnapshot([Leads, Accounts, Wide]);

    private static ZohoCrmFieldMetadata Field(string name, ZohoCrmFieldType type) => new() { ApiName = name, DataType = type };
}
