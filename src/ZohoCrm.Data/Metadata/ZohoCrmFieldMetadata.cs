namespace ZohoCrm.Data.Metadata;

/// <summary>What the provider needs to know about one field of a module (from <c>settings/fields</c>).</summary>
public sealed record ZohoCrmFieldMetadata
{
    /// <summary>The field's API name, the name used in COQL and record JSON.</summary>
    public required string ApiName { get; init; }

    /// <summary>The label users see in the CRM.</summary>
    public string? DisplayLabel { get; init; }

    /// <summary>The Zoho data type.</summary>
    public required ZohoCrmFieldType DataType { get; init; }

    /// <summary>For formula and rollup summary fields, the type of the value they produce.</summary>
    public ZohoCrmFieldType? ReturnType { get; init; }

    /// <summary>Maximum length (text) or digits (numbers).</summary>
    public int? Length { get; init; }

    /// <summary>Digits after the decimal point, for double and currency fields.</summary>
    public int? DecimalPlace { get; init; }

    /// <summary>Required on insert.</summary>
    public bool SystemMandatory { get; init; }

    /// <summary>Never writable (system, formula and auto-number fields).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Created by the org rather than Zoho.</summary>
    public bool CustomField { get; init; }

    /// <summary>Zoho enforces unique values.</summary>
    public bool Unique { get; init; }

    /// <summary>Can be used in COQL ORDER BY.</summary>
    public bool Sortable { get; init; } = true;

    /// <summary>Can be used in COQL WHERE and Search criteria (false for multi-line text).</summary>
    public bool Filterable { get; init; } = true;

    /// <summary><c>small</c>, <c>large</c> or <c>rich_text</c> for textarea fields.</summary>
    public string? TextareaType { get; init; }

    /// <summary>For lookups: the API name of the module the field points to (<c>users</c> for user lookups).</summary>
    public string? LookupModule { get; init; }

    /// <summary>
    /// A lookup whose record may belong to one of several modules (the activities' <c>What_Id</c>): it reads as the
    /// record's id like any lookup, has no <see cref="LookupModule"/>, and a write names the record's module in the
    /// record's <c>$se_module</c> key. COQL cannot select that module.
    /// </summary>
    public bool IsMultiModuleLookup { get; init; }

    /// <summary>The actual values of a picklist's options.</summary>
    public IReadOnlyList<string> PicklistValues { get; init; } = [];

    /// <summary>The type values of this field have (the return type for formula and rollup fields).</summary>
    public ZohoCrmFieldType ValueType => ReturnType ?? DataType;
}
