using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Tests.Records;

namespace ZohoCrm.Emulator.Tests.Metadata;

/// <summary>
/// The metadata answers carry every key of Zoho's own v8 examples (zoho/crm-oas: getModules, getModuleByApiName,
/// getFields, getUsers, getOrganization), so clients and SDKs that read them find what Zoho sends.
/// </summary>
public class ZohoExampleKeysTests
{
    private static readonly string[] ModuleListKeys = Split(
        "has_more_profiles access_type private_profile global_search_supported deletable description creatable recycle_bin_on_delete " +
        "modified_time plural_label presence_sub_menu actual_plural_label lookupable id isBlueprintSupported visibility convertable " +
        "sub_menu_available editable actual_singular_label profiles show_as_tab web_link sequence_number singular_label viewable " +
        "api_supported api_name quick_create modified_by generated_type feeds_required public_fields_configured arguments module_name " +
        "profile_count business_card_field_limit parent_module status");

    private static readonly string[] SingleModuleKeys = Split(
        "global_search_supported activity_badge $field_states chart_view per_page $properties $on_demand_properties kanban_view_supported " +
        "lookup_field_properties public_fields_configured chart_view_supported custom_view kanban_view filter_status showleadchainsync " +
        "show_social show_visitor show_googlesync showtiktoksync show_webform showfacebooksync show_emailparser showlinkedinsync " +
        "masked_fields_count lookupable isBlueprintSupported related_list_properties display_field search_layout_fields");

    private static readonly string[] FieldKeys = Split(
        "associated_module webhook operation_type colour_code_enabled_by_system field_label tooltip display_format_properties type " +
        "field_read_only customizable_properties display_label read_only association_details businesscard_supported multi_module_lookup " +
        "id created_time filterable visible profiles view_type separator searchable history_tracking_enabled external api_name " +
        "parent_field unique enable_colour_code child_fields pick_list_values system_mandatory private virtual_field json_type crypt " +
        "range created_source display_type ui_type modified_time public email_parser currency custom_field lookup hipaa_compliance " +
        "address rollup_summary length column_name display_field pick_list_values_sorted_lexically sortable global_picklist " +
        "display_format history_tracking data_type formula additional_column hipaa_compliance_enabled decimal_place mass_update " +
        "multiselectlookup auto_number");

    private static readonly string[] UserKeys = Split(
        "role microsoft locale Modified_By $shift_effective_from $current_shift alias id sandboxDeveloper first_name email Reporting_To " +
        "status_reason__s decimal_separator created_time Modified_Time image_link $next_shift profile last_name created_by zuid confirm " +
        "full_name phone date_format status type__s");

    private static readonly string[] OrgKeys = Split(
        "country photo_id city description type created_time mc_status gapps_enabled translation_enabled street domain_name alias " +
        "currency id employee_count state fax zip website currency_symbol mobile currency_locale primary_zuid zia_portal_id time_zone " +
        "zgid country_code deletable_org_account license_details hierarchy_preferences phone company_name privacy_settings " +
        "primary_email iso_code hipaa_compliance_enabled lite_users_enabled max_per_page ezgid call_icon oauth_presence zia_zgid " +
        "checkin_preferences");

    private EmulatorDomain _org = null!;

    [OneTimeSetUp]
    public void CreateOrg() => _org = SmallOrg.Create();

    [OneTimeTearDown]
    public void DisposeOrg() => _org.Dispose();

    private static string[] Split(string keys) => keys.Split(' ');

    private static IEnumerable<string> Keys(JsonNode? node) => node!.AsObject().Select(p => p.Key);

    /// <summary>Zoho's keys the answer lacks.</summary>
    private static IEnumerable<string> Missing(IEnumerable<string> zohoKeys, JsonNode? node) => zohoKeys.Except(Keys(node));

    [Test]
    public void Every_module_of_the_list_carries_zohos_keys()
    {
        foreach (var module in _org.Metadata.Modules()["modules"]!.AsArray())
        {
            Assert.That(Missing(ModuleListKeys, module), Is.Empty, (string?)module!["api_name"]);
        }
    }

    [Test]
    public void A_single_module_carries_the_list_keys_and_zohos_detail_keys()
    {
        foreach (var definition in _org.Schema.Modules)
        {
            var module = _org.Metadata.ModuleByApiName(definition.ApiName)["modules"]![0];
            Assert.That(Missing(ModuleListKeys.Concat(SingleModuleKeys), module), Is.Empty, definition.ApiName);
            Assert.That(Missing(Split("sequence_number api_name id"), module!["lookup_field_properties"]!["fields"]![0]), Is.Empty);
            Assert.That(Missing(Split("sort_by fields sort_order"), module["related_list_properties"]), Is.Empty);
        }
    }

    [Test]
    public void Every_field_of_every_module_carries_zohos_keys()
    {
        foreach (var definition in _org.Schema.Modules)
        {
            foreach (var field in _org.Metadata.Fields(definition.ApiName, null)!["fields"]!.AsArray())
            {
                Assert.That(Missing(FieldKeys, field), Is.Empty, $"{definition.ApiName}.{field!["api_name"]}");
            }
        }
    }

    [Test]
    public void Every_user_carries_zohos_keys() =>
        Assert.That(_org.Metadata.Users(null, null, null)!["users"]!.AsArray(), Has.All.Matches<JsonNode>(u => !UserKeys.Except(Keys(u)).Any()));

    [Test]
    public void The_org_carries_zohos_keys_and_license_and_preference_details()
    {
        var org = _org.Metadata.Org("enterprise")["org"]![0]!;
        Assert.That(Missing(OrgKeys, org), Is.Empty);
        Assert.That(Keys(org["license_details"]), Is.SupersetOf(Split(
            "paid_expiry users_license_purchased trial_type trial_expiry paid paid_type portal_users_license_purchased trial_action")));
        Assert.That(Missing(Split("type strictly_reporting"), org["hierarchy_preferences"]), Is.Empty);
        Assert.That(Missing(Split("restricted_event_types"), org["checkin_preferences"]), Is.Empty);
    }
}
