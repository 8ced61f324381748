using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql.Binding;

/// <summary>
/// The user, role and profile records that owner and user lookups lead to (<c>Owner.email</c>, <c>Owner.role.name</c>).
/// They are not modules of <c>settings/modules</c>, so the planner knows their fields itself unless the schema has them.
/// </summary>
internal static class CoqlBuiltInModules
{
    public static readonly ZohoCrmFieldMetadata Id = new()
    {
        ApiName = "id", DataType = ZohoCrmFieldType.BigInt, ReadOnly = true, Unique = true,
    };

    /// <summary>
    /// The module of the record a Task, Call or Event's <c>What_Id</c> points at. The records API returns it beside
    /// <c>What_Id</c> as <c>$se_module</c>; COQL has no column for it, so the planner reads it from the records API by id.
    /// </summary>
    public static readonly ZohoCrmFieldMetadata RelatedModule = new()
    {
        // Not filterable: a WHERE on it is checked on the client, under ClientSideFilterLimit.
        ApiName = "$se_module", DataType = ZohoCrmFieldType.Text, ReadOnly = true, Filterable = false,
    };

    /// <summary>The multi-module lookup whose module <see cref="RelatedModule"/> is.</summary>
    public const string RelatedModuleLookup = "What_Id";

    /// <summary>The module has <see cref="RelatedModule"/>: its <c>What_Id</c> is a multi-module lookup.</summary>
    public static bool HasRelatedModule(ZohoCrmModuleMetadata module) => module.FindField(RelatedModuleLookup) is { IsMultiModuleLookup: true };

    /// <summary>The field is <see cref="RelatedModule"/>.</summary>
    public static bool IsRelatedModule(ZohoCrmFieldMetadata? field) => ReferenceEquals(field, RelatedModule);

    public static readonly ZohoCrmModuleMetadata Users = new()
    {
        ApiName = "users",
        Fields =
        [
            Text("first_name"), Text("last_name"), Text("full_name"), Text("alias"), Text("status"),
            new() { ApiName = "email", DataType = ZohoCrmFieldType.Email },
            new() { ApiName = "phone", DataType = ZohoCrmFieldType.Phone },
            new() { ApiName = "mobile", DataType = ZohoCrmFieldType.Phone },
            new() { ApiName = "role", DataType = ZohoCrmFieldType.Lookup, LookupModule = "roles" },
            new() { ApiName = "profile", DataType = ZohoCrmFieldType.Lookup, LookupModule = "profiles" },
        ],
    };

    public static readonly ZohoCrmModuleMetadata Roles = new() { ApiName = "roles", Fields = [Text("name")] };

    public static readonly ZohoCrmModuleMetadata Profiles = new() { ApiName = "profiles", Fields = [Text("name")] };

    public static ZohoCrmModuleMetadata? Find(string apiName) => apiName.ToLowerInvariant() switch
    {
        "users" => Users,
        "roles" => Roles,
        "profiles" => Profiles,
        _ => null,
    };

    /// <summary>The module a lookup leads to: user lookups lead to users whatever the metadata says.</summary>
    public static string? TargetModule(ZohoCrmFieldMetadata lookup) =>
        lookup.DataType is ZohoCrmFieldType.OwnerLookup or ZohoCrmFieldType.UserLookup ? "users" : lookup.LookupModule;

    private static ZohoCrmFieldMetadata Text(string name) => new() { ApiName = name, DataType = ZohoCrmFieldType.Text };
}
