using ZohoCrm.Emulator.Domain.Metadata;

namespace ZohoCrm.Emulator.Tests.Domain;

/// <summary>A hand-made two-module org for unit tests of the domain core.</summary>
internal static class TinyOrg
{
    public const long OwnerId = 1000000000000000001;
    public const long AccountId = 1000000000000000100;

    public static OrgSchema Build()
    {
        var accounts = new ModuleDefinition("Accounts", 1, "Account", "Accounts",
        [
            new FieldDefinition { ApiName = "Account_Name", Id = 11, DisplayLabel = "Account Name", DataType = FieldDataType.Text, SystemMandatory = true },
            new FieldDefinition { ApiName = "Owner", Id = 12, DisplayLabel = "Account Owner", DataType = FieldDataType.OwnerLookup, LookupModule = "users" },
        ]) { DisplayField = "Account_Name" };
        var contacts = new ModuleDefinition("Contacts", 2, "Contact", "Contacts",
        [
            new FieldDefinition { ApiName = "Last_Name", Id = 21, DisplayLabel = "Last Name", DataType = FieldDataType.Text, SystemMandatory = true },
            new FieldDefinition { ApiName = "Account_Name", Id = 22, DisplayLabel = "Account Name", DataType = FieldDataType.Lookup, LookupModule = "Accounts" },
            new FieldDefinition { ApiName = "Created_Time", Id = 23, DisplayLabel = "Created Time", DataType = FieldDataType.DateTime, FieldReadOnly = true },
            new FieldDefinition { ApiName = "Languages", Id = 24, DisplayLabel = "Languages", DataType = FieldDataType.MultiSelectPicklist },
        ]) { DisplayField = "Last_Name" };
        var org = new OrgInfo
        {
            Id = 5, CompanyName = "Tiny", Zgid = "700000001", PrimaryEmail = "admin@tiny.example",
            TimeZone = "Asia/Kolkata", UtcOffset = TimeSpan.FromMinutes(330),
        };
        var owner = new UserDefinition
        {
            Id = OwnerId, FirstName = "Olivia", LastName = "Hart", Email = "olivia.hart@tiny.example",
            RoleName = "CEO", RoleId = 7, ProfileName = "Administrator", ProfileId = 8, Zuid = "80412001",
        };
        return new OrgSchema(org, [accounts, contacts], [owner], OwnerId);
    }
}
