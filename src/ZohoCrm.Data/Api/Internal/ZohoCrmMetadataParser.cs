using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Api.Internal;

/// <summary>Maps the JSON of <c>settings/modules</c>, <c>settings/fields</c>, <c>users</c> and <c>org</c> onto the provider's types.</summary>
internal static class ZohoCrmMetadataParser
{
    public static ZohoCrmModuleMetadata Module(JObject module) => new()
    {
        ApiName = Required(module, "api_name", "modules"),
        SingularLabel = module.Value<string?>("singular_label"),
        PluralLabel = module.Value<string?>("plural_label"),
        GeneratedType = module.Value<string?>("generated_type"),
        ApiSupported = module.Value<bool?>("api_supported") ?? true,
    };

    public static ZohoCrmFieldMetadata Field(JObject field)
    {
        var dataType = ZohoCrmFieldTypes.Parse(field.Value<string?>("data_type"));
        var info = ZohoCrmFieldTypeInfo.Of(dataType);
        return new ZohoCrmFieldMetadata
        {
            ApiName = Required(field, "api_name", "fields"),
            DisplayLabel = field.Value<string?>("display_label") ?? field.Value<string?>("field_label"),
            DataType = dataType,
            ReturnType = ReturnType(field, info),
            Length = Int(field["length"]),
            DecimalPlace = Int(field["decimal_place"]),
            SystemMandatory = field.Value<bool?>("system_mandatory") ?? false,
            ReadOnly = IsReadOnly(field, info),
            CustomField = field.Value<bool?>("custom_field") ?? false,
            Unique = field["unique"] switch
            {
                JObject unique => unique.HasValues,
                JValue { Type: JTokenType.Boolean } flag => (bool)flag,
                _ => false,
            },
            Sortable = field.Value<bool?>("sortable") ?? true,
            Filterable = field.Value<bool?>("filterable") ?? info.IsFilterableByDefault,
            TextareaType = (field["textarea"] as JObject)?.Value<string?>("type"),
            LookupModule = IsMultiModuleLookup(field) ? null : LookupModule(field, info),
            IsMultiModuleLookup = IsMultiModuleLookup(field),
            PicklistValues = field["pick_list_values"] is JArray values
                ? values.OfType<JObject>()
                    .Select(v => v.Value<string?>("actual_value") ?? v.Value<string?>("display_value"))
                    .OfType<string>().ToList()
                : [],
        };
    }

    public static ZohoCrmUser User(JObject user) => new()
    {
        Id = Required(user, "id", "users"),
        FirstName = user.Value<string?>("first_name"),
        LastName = user.Value<string?>("last_name"),
        FullName = user.Value<string?>("full_name"),
        Email = user.Value<string?>("email"),
        Status = user.Value<string?>("status"),
        Role = (user["role"] as JObject)?.Value<string?>("name"),
        Profile = (user["profile"] as JObject)?.Value<string?>("name"),
        TimeZone = user.Value<string?>("time_zone"),
        Locale = user.Value<string?>("locale"),
        Zuid = user["zuid"]?.Type is JTokenType.String or JTokenType.Integer ? user["zuid"]!.ToString() : null,
    };

    public static ZohoCrmOrganization Organization(JObject org) => new()
    {
        Id = Required(org, "id", "org"),
        CompanyName = org.Value<string?>("company_name"),
        PrimaryEmail = org.Value<string?>("primary_email"),
        TimeZone = org.Value<string?>("time_zone"),
        CurrencyIsoCode = org.Value<string?>("iso_code"),
        CurrencySymbol = org.Value<string?>("currency_symbol"),
        MultiCurrencyEnabled = org.Value<bool?>("mc_status") ?? false,
        CountryCode = org.Value<string?>("country_code"),
        Edition = (org["license_details"] as JObject)?.Value<string?>("paid_type"),
    };

    private static ZohoCrmFieldType? ReturnType(JObject field, ZohoCrmFieldTypeInfo info)
    {
        var holder = info.HasReturnType ? field[info.DataType] as JObject : null;
        var returnType = holder?.Value<string?>("return_type");
        return returnType is null ? null : ZohoCrmFieldTypes.Parse(returnType);
    }

    private static bool IsReadOnly(JObject field, ZohoCrmFieldTypeInfo info)
    {
        if (info.IsComputed || field.Value<bool?>("read_only") == true)
        {
            return true;
        }

        // operation_type says what the API may do; field_read_only alone is also true for fields such as Owner that
        // the UI locks but the API can still set.
        if (field["operation_type"] is JObject operations && operations.HasValues)
        {
            return operations.Value<bool?>("api_create") != true && operations.Value<bool?>("api_update") != true;
        }

        return field.Value<bool?>("field_read_only") ?? false;
    }

    /// <summary>
    /// Zoho describes the activities' <c>What_Id</c> as a lookup to the pseudo-module <c>se_module</c>: the record's
    /// module travels beside it as <c>$se_module</c>.
    /// </summary>
    private static bool IsMultiModuleLookup(JObject field) =>
        field["lookup"] is JObject { } lookup && lookup["module"] is JObject module
        && string.Equals(module.Value<string?>("api_name"), MultiModuleLookupModule, StringComparison.OrdinalIgnoreCase);

    private const string MultiModuleLookupModule = "se_module";

    private static string? LookupModule(JObject field, ZohoCrmFieldTypeInfo info)
    {
        if (info.PointsAtUsers)
        {
            return "users";
        }

        if (field["lookup"] is JObject lookup && lookup["module"] is JObject module)
        {
            return module.Value<string?>("api_name");
        }

        if (info.FieldType == ZohoCrmFieldType.MultiSelectLookup && field["multiselectlookup"] is JObject multi)
        {
            return (multi["connected_module"] as JObject)?.Value<string?>("api_name") ?? multi.Value<string?>("connected_module");
        }

        return null;
    }

    private static int? Int(JToken? token) => token?.Type switch
    {
        JTokenType.Integer => (int)(long)token,
        JTokenType.Float => (int)(decimal)token,
        JTokenType.String when int.TryParse((string?)token, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) => value,
        _ => null,
    };

    private static string Required(JObject item, string name, string source) =>
        item[name] is { Type: JTokenType.String or JTokenType.Integer } token
            ? token.ToString()
            : throw new ZohoCrmException(Properties.ZohoCrmStrings.MetadataItemWithoutKey(source, name), code: "MALFORMED_RESPONSE");
}
