using System.Globalization;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Seeding;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Domain.Metadata;

/// <summary>
/// Renders the org's metadata as Zoho's settings APIs do (api.md §7, examples/modules-response.json,
/// fields-leads-response.json, users-response.json): the keys clients and the official SDK read, with Zoho's shapes.
/// </summary>
public sealed class MetadataJson
{
    /// <summary>When the org and its users were set up (rendered as their created time).</summary>
    public static readonly DateTimeOffset OrgCreated = OrgSeeder.EpochStart.AddDays(-30);

    private static readonly string[] AuditFields = ["Created_By", "Modified_By", "Created_Time", "Modified_Time"];
    private static readonly long StandardLayoutId = RecordIdSequence.Id(91055);

    private static readonly string[] LeadCaptureIntegrations =
        ["showleadchainsync", "show_social", "show_visitor", "show_googlesync", "showtiktoksync", "show_webform", "showfacebooksync", "show_emailparser", "showlinkedinsync"];

    private static readonly string[] UserTypes =
        ["AllUsers", "ActiveUsers", "DeactiveUsers", "ConfirmedUsers", "NotConfirmedUsers", "DeletedUsers", "ActiveConfirmedUsers", "AdminUsers", "ActiveConfirmedAdmins", "CurrentUser"];

    private readonly OrgSchema _schema;
    private readonly WireWriter _wire;

    public MetadataJson(OrgSchema schema, WireWriter wire)
    {
        _schema = schema;
        _wire = wire;
    }

    /// <summary><c>GET settings/modules</c>.</summary>
    public JsonObject Modules() => new() { ["modules"] = new JsonArray(_schema.Modules.Select(m => (JsonNode?)Module(m, detailed: false)).ToArray()) };

    /// <summary><c>GET settings/modules/{api_name}</c>; INVALID_MODULE for an unknown name.</summary>
    public JsonObject ModuleByApiName(string apiName)
    {
        var module = _schema.FindModule(apiName)
            ?? throw ZohoApiException.BadRequest("INVALID_MODULE", "the module name given seems to be invalid",
                new Dictionary<string, object?> { ["resource_path_index"] = 2 });
        return new JsonObject { ["modules"] = new JsonArray(Module(module, detailed: true)) };
    }

    /// <summary><c>GET settings/fields?module=</c>; null when the requested <c>type</c> has no fields (204).</summary>
    public JsonObject? Fields(string? moduleName, string? type)
    {
        if (string.IsNullOrWhiteSpace(moduleName))
        {
            throw ZohoApiException.BadRequest("REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                new Dictionary<string, object?> { ["param_name"] = "module" });
        }

        var module = _schema.FindModule(moduleName)
            ?? throw ZohoApiException.BadRequest("INVALID_MODULE", "the module name given seems to be invalid",
                new Dictionary<string, object?> { ["resource_path_index"] = 0 });
        switch (type?.ToLowerInvariant())
        {
            case null or "" or "used" or "all":
                break;
            case "unused":
                return null;
            default:
                throw ZohoApiException.BadRequest("INVALID_DATA", "invalid data",
                    new Dictionary<string, object?> { ["param_name"] = "type", ["supported_values"] = new List<object?> { "used", "unused", "all" } });
        }

        var fields = new JsonArray();
        foreach (var field in module.Fields)
        {
            fields.Add(Field(module, field));
        }

        fields.Add(IdField(module));
        return new JsonObject { ["fields"] = fields };
    }

    /// <summary><c>GET users?type=</c>, <c>CurrentUser</c> being <paramref name="currentUserId"/> (the token's user; the administrator when null); null when no user matches (204).</summary>
    public JsonObject? Users(string? type, string? page, string? perPage, long? currentUserId = null)
    {
        var current = currentUserId ?? _schema.CurrentUser.Id;
        var kind = string.IsNullOrEmpty(type) ? "AllUsers" : UserTypes.FirstOrDefault(t => t.Equals(type, StringComparison.OrdinalIgnoreCase))
            ?? throw ZohoApiException.BadRequest("INVALID_DATA", "invalid data",
                new Dictionary<string, object?> { ["param_name"] = "type", ["supported_values"] = UserTypes.Cast<object?>().ToList() });
        var pageNumber = Positive(page, "page", int.MaxValue) ?? 1;
        var size = Positive(perPage, "per_page", 200) ?? 200;
        var users = _schema.Users.Where(u => kind switch
        {
            "CurrentUser" => u.Id == current,
            "ActiveUsers" or "ActiveConfirmedUsers" or "ConfirmedUsers" => u.Status == "active",
            "DeactiveUsers" => u.Status != "active",
            "AdminUsers" => u.IsAdmin,
            "ActiveConfirmedAdmins" => u.IsAdmin && u.Status == "active",
            "NotConfirmedUsers" or "DeletedUsers" => false,
            _ => true,
        }).ToList();
        var pageUsers = users.Skip((pageNumber - 1) * size).Take(size).ToList();
        if (pageUsers.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["users"] = new JsonArray(pageUsers.Select(u => (JsonNode?)User(u)).ToArray()),
            ["info"] = new JsonObject
            {
                ["per_page"] = size,
                ["count"] = pageUsers.Count,
                ["page"] = pageNumber,
                ["more_records"] = pageNumber * size < users.Count,
            },
        };
    }

    /// <summary><c>GET org</c>; <paramref name="edition"/> is the emulated CRM edition.</summary>
    public JsonObject Org(string edition)
    {
        var org = _schema.Org;
        var admin = _schema.CurrentUser;
        return new JsonObject
        {
            ["org"] = new JsonArray(new JsonObject
            {
                ["country"] = "India",
                ["photo_id"] = null,
                ["city"] = "Chennai",
                ["description"] = null,
                ["mc_status"] = false,
                ["gapps_enabled"] = false,
                ["domain_name"] = "org" + org.Zgid,
                ["translation_enabled"] = true,
                ["street"] = "Estancia IT Park",
                ["alias"] = null,
                ["currency"] = "US Dollar - USD",
                ["id"] = WireWriter.Id(org.Id),
                ["state"] = "Tamil Nadu",
                ["fax"] = null,
                ["employee_count"] = "50",
                ["zip"] = "603202",
                ["website"] = "https://www.zylker.example",
                ["currency_symbol"] = "$",
                ["mobile"] = null,
                ["currency_locale"] = "en_US",
                ["primary_zuid"] = admin.Zuid,
                ["zia_portal_id"] = null,
                ["time_zone"] = org.TimeZone,
                ["zgid"] = org.Zgid,
                ["country_code"] = "IN",
                ["license_details"] = new JsonObject
                {
                    ["paid_expiry"] = null,
                    ["users_license_purchased"] = _schema.Users.Count,
                    ["trial_type"] = null,
                    ["trial_expiry"] = null,
                    ["paid"] = edition != "free",
                    ["paid_type"] = edition,
                    ["portal_users_license_purchased"] = 0,
                    ["trial_action"] = null,
                },
                ["type"] = "production",
                ["created_time"] = _wire.FormatDateTime(OrgCreated),
                ["deletable_org_account"] = false,
                ["hierarchy_preferences"] = new JsonObject { ["type"] = "Role_Hierarchy", ["strictly_reporting"] = false },
                ["lite_users_enabled"] = false,
                ["max_per_page"] = 200,
                ["ezgid"] = org.Zgid,
                ["call_icon"] = "show",
                ["oauth_presence"] = true,
                ["zia_zgid"] = long.TryParse(org.Zgid, NumberStyles.None, CultureInfo.InvariantCulture, out var zgid) ? zgid : null,
                ["checkin_preferences"] = new JsonObject { ["restricted_event_types"] = null },
                ["phone"] = "+91 44 5550 0100",
                ["company_name"] = org.CompanyName,
                ["privacy_settings"] = false,
                ["primary_email"] = org.PrimaryEmail,
                ["hipaa_compliance_enabled"] = false,
                ["iso_code"] = org.Currency,
            }),
        };
    }

    private JsonObject Module(ModuleDefinition module, bool detailed)
    {
        var custom = module.GeneratedType == "custom";
        var json = new JsonObject
        {
            ["has_more_profiles"] = false,
            ["access_type"] = "org_based",
            ["private_profile"] = null,
            ["deletable"] = true,
            ["description"] = null,
            ["creatable"] = true,
            ["recycle_bin_on_delete"] = true,
            ["modified_time"] = custom ? _wire.FormatDateTime(OrgCreated) : null,
            ["plural_label"] = module.PluralLabel,
            ["presence_sub_menu"] = false,
            ["actual_plural_label"] = module.PluralLabel,
            ["id"] = WireWriter.Id(module.Id),
            ["visibility"] = 1,
            ["convertable"] = module.ApiName == "Leads",
            ["sub_menu_available"] = module.ParentModuleApiName is null,
            ["editable"] = true,
            ["actual_singular_label"] = module.SingularLabel,
            ["profiles"] = Profiles(withPermission: false),
            ["show_as_tab"] = module.ParentModuleApiName is null,
            ["web_link"] = null,
            ["singular_label"] = module.SingularLabel,
            ["viewable"] = true,
            ["api_supported"] = module.ApiSupported,
            ["api_name"] = module.ApiName,
            ["quick_create"] = true,
            ["modified_by"] = custom ? new JsonObject { ["name"] = _schema.CurrentUser.FullName, ["id"] = WireWriter.Id(_schema.CurrentUser.Id) } : null,
            ["generated_type"] = module.GeneratedType,
            ["feeds_required"] = false,
            ["arguments"] = new JsonArray(),
            ["module_name"] = module.ModuleName.Length == 0 ? module.ApiName : module.ModuleName,
            ["profile_count"] = 2,
            ["business_card_field_limit"] = 5,
            ["parent_module"] = module.ParentModuleApiName is { } parent
                ? new JsonObject { ["api_name"] = parent, ["id"] = WireWriter.Id(module.ParentModuleId ?? 0) }
                : new JsonObject(),
            ["sequence_number"] = module.SequenceNumber,
            ["status"] = "visible",
            ["global_search_supported"] = module.ApiSupported,
            ["lookupable"] = module.ApiSupported,
            ["isBlueprintSupported"] = module.ApiSupported && module.ParentModuleApiName is null,
            ["public_fields_configured"] = false,
        };
        if (detailed)
        {
            var display = module.FindField(module.DisplayField)!;
            var displayReference = new JsonObject { ["sequence_number"] = 1, ["api_name"] = display.ApiName, ["id"] = WireWriter.Id(display.Id) };

            // Zoho's single-module answer names the display field by its API name.
            json["display_field"] = display.ApiName;
            json["per_page"] = 200;
            json["search_layout_fields"] = new JsonArray(JsonValue.Create(display.ApiName));
            json["fields_count"] = module.Fields.Count + 1;
            json["activity_badge"] = module.ParentModuleApiName is null ? "Enabled" : null;
            json["$field_states"] = new JsonArray();

            // The $-keys the record APIs add to every record of the module.
            json["$properties"] = new JsonArray("$approval_state", "$editable", "$locked_for_me", "$currency_symbol");
            json["$on_demand_properties"] = new JsonArray();
            json["lookup_field_properties"] = new JsonObject { ["fields"] = new JsonArray(displayReference) };
            json["related_list_properties"] = new JsonObject
            {
                ["sort_by"] = null, ["fields"] = new JsonArray(JsonValue.Create(display.ApiName)), ["sort_order"] = null,
            };

            // The emulated org has no custom views (a cvid is refused), so none is advertised here.
            json["custom_view"] = null;
            json["chart_view"] = false;
            json["chart_view_supported"] = true;
            json["kanban_view"] = false;
            json["kanban_view_supported"] = true;
            json["filter_status"] = true;
            json["masked_fields_count"] = 0;

            // Lead-capture integrations Zoho lists for a module; none is set up, and only Leads offers them.
            var capture = module.ApiName == "Leads";
            foreach (var integration in LeadCaptureIntegrations)
            {
                json[integration] = capture;
            }
        }

        return json;
    }

    /// <summary>
    /// A field as COQL's <c>include_meta</c> describes it: the <c>settings/fields</c> object plus the keys only COQL
    /// adds (Zoho's executeCOQLQuery example).
    /// </summary>
    public JsonObject CoqlField(ModuleDefinition module, FieldDefinition field)
    {
        var json = Field(module, field);
        json["table_name"] = $"Crm{module.SingularLabel.Replace(" ", "", StringComparison.Ordinal)}Details";
        json["required"] = field.SystemMandatory;
        json["refer_from_field"] = null;
        json["lucene_colname"] = ColumnName(field);
        json["generated_type"] = 1;
        return json;
    }

    /// <summary>The database column Zoho names a field after (LASTNAME for Last_Name).</summary>
    private static string ColumnName(FieldDefinition field) => field.ApiName.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    private JsonObject Field(ModuleDefinition module, FieldDefinition field)
    {
        var audit = AuditFields.Contains(field.ApiName);
        var readOnly = field.FieldReadOnly && !audit;
        var writable = !field.FieldReadOnly;
        var json = new JsonObject
        {
            ["associated_module"] = null,
            ["webhook"] = true,
            ["operation_type"] = new JsonObject { ["web_update"] = writable, ["api_create"] = writable, ["web_create"] = writable, ["api_update"] = writable },
            ["colour_code_enabled_by_system"] = false,
            ["field_label"] = field.DisplayLabel,
            ["tooltip"] = null,
            ["type"] = "used",
            ["field_read_only"] = field.FieldReadOnly,
            ["customizable_properties"] = new JsonArray(),
            ["display_label"] = field.DisplayLabel,
            ["read_only"] = readOnly,
            ["association_details"] = null,
            ["businesscard_supported"] = true,
            ["multi_module_lookup"] = new JsonObject(),
            ["id"] = WireWriter.Id(field.Id),
            ["created_time"] = field.CustomField ? _wire.FormatDateTime(OrgCreated) : null,
            ["filterable"] = field.Filterable,
            ["visible"] = true,
            ["profiles"] = Profiles(withPermission: true, readOnly: field.FieldReadOnly),
            ["view_type"] = new JsonObject { ["view"] = true, ["edit"] = writable, ["quick_create"] = field.SystemMandatory, ["create"] = writable },
            ["separator"] = false,
            ["searchable"] = true,
            ["external"] = null,
            ["api_name"] = field.ApiName,
            ["unique"] = field.Unique ? new JsonObject { ["casesensitive"] = "false" } : new JsonObject(),
            ["enable_colour_code"] = false,
            ["pick_list_values"] = new JsonArray(field.PicklistValues.Select(o => (JsonNode?)new JsonObject
            {
                ["display_value"] = o.DisplayValue,
                ["sequence_number"] = o.SequenceNumber,
                ["reference_value"] = o.DisplayValue,
                ["colour_code"] = null,
                ["actual_value"] = o.ActualValue,
                ["id"] = WireWriter.Id(o.Id),
                ["type"] = "used",
            }).ToArray()),
            ["system_mandatory"] = field.SystemMandatory,
            ["virtual_field"] = false,
            // A formula's values are its return type's (api.md §7.3), so json_type follows formula.return_type.
            ["json_type"] = field.ValueType.JsonTypeName(),
            ["crypt"] = null,
            ["created_source"] = field.CustomField ? "custom" : "default",
            ["display_type"] = -1,
            ["ui_type"] = UiType(field),
            ["modified_time"] = null,
            ["email_parser"] = new JsonObject { ["fields_update_supported"] = false, ["record_operations_supported"] = writable },
            ["currency"] = field.DataType == FieldDataType.Currency || field.FormulaReturnType == FieldDataType.Currency
                ? new JsonObject { ["rounding_option"] = "normal", ["precision"] = field.DecimalPlace ?? 2 }
                : new JsonObject(),
            ["custom_field"] = field.CustomField,
            ["lookup"] = Lookup(field),
        };
        if (module.ApiName == "Leads")
        {
            json["convert_mapping"] = new JsonObject { ["Contacts"] = null, ["Deals"] = null, ["Accounts"] = null };
        }

        json["rollup_summary"] = new JsonObject();
        json["length"] = field.Length;
        json["display_field"] = field.ApiName == module.DisplayField;
        json["pick_list_values_sorted_lexically"] = false;
        json["default_value"] = null;
        json["sortable"] = field.Sortable;
        json["layout_associations"] = new JsonArray(new JsonObject
        {
            ["api_name"] = "Standard__s", ["name"] = "Standard", ["id"] = WireWriter.Id(StandardLayoutId),
        });
        json["global_picklist"] = null;
        json["history_tracking"] = null;
        json["data_type"] = field.DataType.WireName();
        json["formula"] = field.DataType == FieldDataType.Formula
            ? new JsonObject
            {
                ["return_type"] = (field.FormulaReturnType ?? FieldDataType.Text).WireName(),
                ["expression"] = field.FormulaExpression,
                ["assume_default"] = false,
            }
            : new JsonObject();
        json["decimal_place"] = field.DecimalPlace;
        json["mass_update"] = writable;
        json["multiselectlookup"] = new JsonObject();
        json["auto_number"] = field.DataType == FieldDataType.AutoNumber
            ? new JsonObject { ["prefix"] = field.AutoNumberPrefix ?? "", ["suffix"] = "", ["start_number"] = field.AutoNumberStart }
            : new JsonObject();
        if (field.DataType == FieldDataType.Textarea)
        {
            json["textarea"] = new JsonObject { ["type"] = field.TextareaType ?? "large" };
        }

        // Keys of Zoho's v8 field example for features the emulated org does not use (address, ranges, HIPAA,
        // parent/child fields, display formats), at their "not in use" values.
        json["display_format_properties"] = null;
        json["history_tracking_enabled"] = false;
        json["parent_field"] = null;
        json["child_fields"] = null;
        json["private"] = null;
        json["range"] = null;
        json["public"] = false;
        json["hipaa_compliance"] = null;
        json["hipaa_compliance_enabled"] = false;
        json["address"] = null;
        json["column_name"] = ColumnName(field);
        json["display_format"] = null;
        json["additional_column"] = null;
        if (field.SystemMandatory)
        {
            // Fields on the quick-create form carry their position on it.
            var position = module.Fields.Where(f => f.SystemMandatory).ToList().IndexOf(field) + 1;
            json["quick_sequence_number"] = position.ToString(CultureInfo.InvariantCulture);
        }

        return json;
    }

    /// <summary>The <c>id</c> pseudo-field Zoho lists last: bigint, read-only, rendered like any other field.</summary>
    private JsonObject IdField(ModuleDefinition module) => Field(module, new FieldDefinition
    {
        ApiName = "id",
        Id = module.Id + 1_000_000,
        DisplayLabel = "Record Id",
        DataType = FieldDataType.BigInt,

        // Record ids are 19 digits (Zoho's examples: "4832675000000710341").
        Length = 19,
        FieldReadOnly = true,
    });

    private JsonObject Lookup(FieldDefinition field)
    {
        if (field.IsMultiModuleLookup)
        {
            // As a v8 layouts example in Zoho's OpenAPI descriptions shows What_Id: a lookup to the pseudo-module se_module.
            return new JsonObject
            {
                ["display_label"] = "activities",
                ["api_name"] = null,
                ["module"] = new JsonObject { ["api_name"] = "se_module" },
                ["id"] = null,
            };
        }

        if (field.DataType != FieldDataType.Lookup || field.LookupModule is null || _schema.FindModule(field.LookupModule) is not { } target)
        {
            return new JsonObject();
        }

        return new JsonObject
        {
            ["display_label"] = field.DisplayLabel,
            ["revalidate_filter_during_edit"] = false,
            ["api_name"] = field.LookupRelationName ?? field.ApiName,
            ["module"] = new JsonObject { ["api_name"] = target.ApiName, ["id"] = WireWriter.Id(target.Id) },
            ["id"] = WireWriter.Id(field.Id + 2_000_000),
            ["query_details"] = new JsonObject(),
        };
    }

    private JsonObject User(UserDefinition user)
    {
        var creator = _schema.CurrentUser;
        var creatorJson = new JsonObject { ["name"] = creator.FullName, ["id"] = WireWriter.Id(creator.Id) };
        return new JsonObject
        {
            ["country"] = "IN",
            ["name_format__s"] = "Salutation,First Name,Last Name",
            ["language"] = "en_US",
            ["microsoft"] = false,
            ["id"] = WireWriter.Id(user.Id),
            ["state"] = null,
            ["fax"] = null,
            ["country_locale"] = "en_US",
            ["zip"] = null,
            ["decimal_separator"] = "Period",
            ["created_time"] = _wire.FormatDateTime(OrgCreated),
            ["time_format"] = "HH:mm",
            ["profile"] = new JsonObject { ["name"] = user.ProfileName, ["id"] = WireWriter.Id(user.ProfileId) },
            ["created_by"] = creatorJson.DeepClone(),
            ["zuid"] = user.Zuid,
            ["full_name"] = user.FullName,
            ["phone"] = null,
            ["dob"] = null,
            ["status"] = user.Status,
            ["type__s"] = "Regular User",
            ["role"] = new JsonObject { ["name"] = user.RoleName, ["id"] = WireWriter.Id(user.RoleId) },
            ["city"] = "Chennai",
            ["signature"] = null,
            ["locale"] = "en_US",
            ["personal_account"] = false,
            ["Isonline"] = false,
            ["Modified_By"] = creatorJson.DeepClone(),
            ["street"] = null,
            ["alias"] = null,
            ["first_name"] = user.FirstName,
            ["email"] = user.Email,
            ["status_reason__s"] = null,
            ["website"] = null,
            ["Modified_Time"] = _wire.FormatDateTime(OrgCreated),
            ["mobile"] = null,
            ["last_name"] = user.LastName,
            ["time_zone"] = _schema.Org.TimeZone,
            ["number_separator"] = "Comma",
            ["confirm"] = true,
            ["date_format"] = "MMM d, yyyy",
            ["sort_order_preference__s"] = "First Name,Last Name",
            ["sandboxDeveloper"] = false,
            ["Reporting_To"] = null,
            ["image_link"] = null,

            // No shifts are configured in the emulated org.
            ["$shift_effective_from"] = null,
            ["$current_shift"] = null,
            ["$next_shift"] = null,
        };
    }

    private static JsonArray Profiles(bool withPermission, bool readOnly = false)
    {
        var profiles = new[] { ("Administrator", StandardOrg.AdministratorProfileId), ("Standard", StandardOrg.StandardProfileId) };
        return new JsonArray(profiles.Select(p =>
        {
            var json = new JsonObject();
            if (withPermission)
            {
                json["permission_type"] = readOnly ? "read_only" : "read_write";
            }

            json["name"] = p.Item1;
            json["id"] = WireWriter.Id(p.Item2);
            return (JsonNode?)json;
        }).ToArray());
    }

    private static int UiType(FieldDefinition field) => field.DataType switch
    {
        FieldDataType.OwnerLookup => 8,
        FieldDataType.Picklist => 2,
        FieldDataType.Textarea => 3,
        FieldDataType.Email => 25,
        FieldDataType.Phone => 33,
        FieldDataType.Website => 21,
        FieldDataType.Integer => 32,
        FieldDataType.BigInt => 52,
        FieldDataType.Double => 38,
        FieldDataType.Currency => 36,
        FieldDataType.Percent => 37,
        FieldDataType.Boolean => 301,
        FieldDataType.Date => 24,
        FieldDataType.DateTime => 333,
        FieldDataType.Lookup => 133,
        FieldDataType.UserLookup => 207,
        FieldDataType.MultiSelectPicklist => 100,
        FieldDataType.AutoNumber => 1,
        FieldDataType.Formula => 116,
        _ => 1,
    };

    private static int? Positive(string? text, string name, int maximum)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= maximum
            ? value
            : throw ZohoApiException.BadRequest("INVALID_DATA", $"{name} must be a whole number from 1 to {maximum}",
                new Dictionary<string, object?> { ["param_name"] = name });
    }
}
