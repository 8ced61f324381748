namespace ZohoCrm.Emulator.Domain.Metadata;

/// <summary>One picklist option; the emulator keeps display and actual values equal, as most orgs do.</summary>
public sealed record PicklistOption(string DisplayValue, string ActualValue, long Id, int SequenceNumber);

/// <summary>
/// A field of a module, as <c>settings/fields</c> describes it. Stored record values use one CLR type per
/// <see cref="DataType"/> (see <see cref="ZohoCrm.Emulator.Domain.Records.StoredRecord"/>).
/// </summary>
public sealed record FieldDefinition
{
    public required string ApiName { get; init; }
    public required long Id { get; init; }
    public required string DisplayLabel { get; init; }
    public required FieldDataType DataType { get; init; }

    /// <summary>Maximum length for text-like fields, digits for numbers.</summary>
    public int Length { get; init; } = 255;
    public int? DecimalPlace { get; init; }
    public bool SystemMandatory { get; init; }

    /// <summary>Always read-only (system fields, formula, autonumber): <c>field_read_only</c>.</summary>
    public bool FieldReadOnly { get; init; }
    public bool CustomField { get; init; }
    public bool Unique { get; init; }
    public bool Sortable { get; init; } = true;

    /// <summary>COQL and Search may filter on it; false for textarea (multi-line).</summary>
    public bool Filterable { get; init; } = true;

    /// <summary>For <see cref="FieldDataType.Lookup"/>: the module it points to (users for owner/user lookups).</summary>
    public string? LookupModule { get; init; }
    public IReadOnlyList<PicklistOption> PicklistValues { get; init; } = [];

    /// <summary><c>small</c>, <c>large</c> or <c>rich_text</c> for textarea.</summary>
    public string? TextareaType { get; init; }

    /// <summary>For formula fields: the type of the computed value.</summary>
    public FieldDataType? FormulaReturnType { get; init; }
    public string? FormulaExpression { get; init; }
    public string? AutoNumberPrefix { get; init; }

    /// <summary>The first number an autonumber field hands out.</summary>
    public long AutoNumberStart { get; init; } = 1;

    /// <summary>Digits the autonumber's counter is padded to (<c>PRJ-0001</c> has 4).</summary>
    public int AutoNumberDigits { get; init; } = 4;

    /// <summary>
    /// For formula fields: computes the value from the record's other values (canonical CLR types), or null.
    /// Writers store the result like any other value, so readers never evaluate formulas themselves.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object?>? Compute { get; init; }

    /// <summary>
    /// For a multi-module lookup (<c>What_Id</c>): the modules it may point to. Zoho reports it as a <c>lookup</c> to
    /// the pseudo-module <c>se_module</c>; a write names the record's module in the record's <c>$se_module</c> key.
    /// </summary>
    public IReadOnlyList<string> RelatedModules { get; init; } = [];

    /// <summary>
    /// For a multi-module lookup: the record's module travels inside the value, <c>{"module": {"api_name"}, "id"}</c>
    /// (Notes' <c>Parent_Id</c> in v8), rather than beside it in <c>$se_module</c> (<c>What_Id</c>).
    /// </summary>
    public bool ModuleInValue { get; init; }

    /// <summary>A lookup whose record may belong to any of <see cref="RelatedModules"/>.</summary>
    public bool IsMultiModuleLookup => RelatedModules.Count > 0;

    /// <summary>The lookup relation's own API name (<c>lookup.api_name</c> in field metadata).</summary>
    public string? LookupRelationName { get; init; }

    /// <summary>The type values of this field are compared and rendered as (formula fields by their return type).</summary>
    public FieldDataType ValueType => DataType == FieldDataType.Formula ? FormulaReturnType ?? FieldDataType.Text : DataType;
}
