using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Seeding;

/// <summary>Collects a module's fields with Zoho's usual settings per type, handing out metadata ids in order.</summary>
internal sealed class ModuleBuilder
{
    private readonly MetadataIds _ids;
    private readonly List<FieldDefinition> _fields = [];

    public ModuleBuilder(MetadataIds ids, string singularLabel)
    {
        _ids = ids;
        SingularLabel = singularLabel;
    }

    public string SingularLabel { get; }

    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>Owner, Created/Modified By and Time: every module has them.</summary>
    public ModuleBuilder SystemFields()
    {
        Add(new FieldDefinition { ApiName = "Owner", Id = _ids.Next(), DisplayLabel = $"{SingularLabel} Owner", DataType = FieldDataType.OwnerLookup, LookupModule = "users", Length = 120 });
        Add(new FieldDefinition { ApiName = "Created_By", Id = _ids.Next(), DisplayLabel = "Created By", DataType = FieldDataType.OwnerLookup, LookupModule = "users", FieldReadOnly = true, Length = 120 });
        Add(new FieldDefinition { ApiName = "Modified_By", Id = _ids.Next(), DisplayLabel = "Modified By", DataType = FieldDataType.OwnerLookup, LookupModule = "users", FieldReadOnly = true, Length = 120 });
        Add(new FieldDefinition { ApiName = "Created_Time", Id = _ids.Next(), DisplayLabel = "Created Time", DataType = FieldDataType.DateTime, FieldReadOnly = true, Length = 120 });
        Add(new FieldDefinition { ApiName = "Modified_Time", Id = _ids.Next(), DisplayLabel = "Modified Time", DataType = FieldDataType.DateTime, FieldReadOnly = true, Length = 120 });
        return this;
    }

    public ModuleBuilder Text(string apiName, string label, int length = 255, bool mandatory = false, bool custom = false, bool unique = false, bool readOnly = false) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.Text, Length = length,
            SystemMandatory = mandatory, CustomField = custom, Unique = unique, FieldReadOnly = readOnly,
        });

    public ModuleBuilder Typed(FieldDataType type, string apiName, string label, bool mandatory = false, bool custom = false, bool unique = false)
    {
        var (length, decimals) = type switch
        {
            FieldDataType.Email => (100, (int?)null),
            FieldDataType.Phone => (30, null),
            FieldDataType.Website => (255, null),
            FieldDataType.Integer => (9, null),
            FieldDataType.BigInt => (18, null),
            FieldDataType.Double => (16, 2),
            FieldDataType.Currency => (16, 2),
            FieldDataType.Percent => (5, 2),
            FieldDataType.Boolean => (5, null),
            FieldDataType.Date => (20, null),
            FieldDataType.DateTime => (120, null),
            _ => (255, null),
        };
        return Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = type, Length = length, DecimalPlace = decimals,
            SystemMandatory = mandatory, CustomField = custom, Unique = unique,
        });
    }

    public ModuleBuilder Textarea(string apiName, string label, string kind = "large", bool custom = false) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.Textarea,
            Length = kind switch { "small" => 2000, "rich_text" => 50000, _ => 32000 },
            TextareaType = kind, Filterable = false, Sortable = false, CustomField = custom,
        });

    public ModuleBuilder Picklist(string apiName, string label, IReadOnlyList<string> options, bool mandatory = false, bool custom = false) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.Picklist, Length = 120,
            SystemMandatory = mandatory, CustomField = custom, PicklistValues = Options(options),
        });

    public ModuleBuilder MultiSelect(string apiName, string label, IReadOnlyList<string> options, bool custom = false) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.MultiSelectPicklist, Length = 1000,
            CustomField = custom, PicklistValues = Options(options), Sortable = false,
        });

    public ModuleBuilder Lookup(string apiName, string label, string targetModule, string relationName, bool custom = false, bool readOnly = false) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.Lookup, Length = 120,
            LookupModule = targetModule, LookupRelationName = relationName, CustomField = custom, FieldReadOnly = readOnly,
        });

    /// <summary>A multi-module lookup (<c>What_Id</c>, "Related To") to a record of any of <paramref name="modules"/>.</summary>
    public ModuleBuilder MultiModuleLookup(string apiName, string label, IReadOnlyList<string> modules, bool moduleInValue = false, bool mandatory = false) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.Lookup, Length = 120,
            RelatedModules = modules, ModuleInValue = moduleInValue, SystemMandatory = mandatory,
        });

    public ModuleBuilder UserLookup(string apiName, string label, bool custom = true) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.UserLookup, Length = 120,
            LookupModule = "users", CustomField = custom,
        });

    public ModuleBuilder AutoNumber(string apiName, string label, string prefix, bool custom = false) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.AutoNumber, Length = 255,
            FieldReadOnly = true, AutoNumberPrefix = prefix, CustomField = custom,
        });

    public ModuleBuilder Formula(string apiName, string label, FieldDataType returnType, string expression,
        Func<IReadOnlyDictionary<string, object?>, object?> compute, bool custom = true) =>
        Add(new FieldDefinition
        {
            ApiName = apiName, Id = _ids.Next(), DisplayLabel = label, DataType = FieldDataType.Formula, Length = 16,
            DecimalPlace = returnType.IsNumeric() ? 2 : null, FieldReadOnly = true, FormulaReturnType = returnType,
            FormulaExpression = expression, Compute = compute, CustomField = custom,
        });

    /// <summary>Full_Name of Leads and Contacts: a read-only concatenation the writer maintains.</summary>
    public ModuleBuilder FullName() => Text("Full_Name", "Full Name", 120, readOnly: true);

    public ModuleBuilder Add(FieldDefinition field)
    {
        _fields.Add(field);
        return this;
    }

    private IReadOnlyList<PicklistOption> Options(IReadOnlyList<string> values) =>
        values.Select((v, i) => new PicklistOption(v, v, _ids.Next(), i + 1)).ToArray();
}

/// <summary>Metadata ids (fields, picklist options): org prefix plus a small sequence, below every record id.</summary>
internal sealed class MetadataIds(long firstSequence)
{
    private long _next = firstSequence;

    public long Next() => RecordIdSequence.Id(_next++);
}
