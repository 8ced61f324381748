namespace ZohoCrm.Emulator.Domain.Metadata;

/// <summary>A module of the org, as <c>settings/modules</c> describes it.</summary>
public sealed class ModuleDefinition
{
    private readonly Dictionary<string, FieldDefinition> _fieldsByName;

    public ModuleDefinition(string apiName, long id, string singularLabel, string pluralLabel, IReadOnlyList<FieldDefinition> fields)
    {
        ApiName = apiName;
        Id = id;
        SingularLabel = singularLabel;
        PluralLabel = pluralLabel;
        Fields = fields;
        _fieldsByName = fields.ToDictionary(f => f.ApiName, StringComparer.OrdinalIgnoreCase);
    }

    public string ApiName { get; }
    public long Id { get; }

    /// <summary>Internal name (<c>Meetings</c> for api name <c>Events</c>, <c>CustomModule1</c> for a custom module).</summary>
    public string ModuleName { get; init; } = "";
    public string SingularLabel { get; }
    public string PluralLabel { get; }
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary><c>default</c> or <c>custom</c>.</summary>
    public string GeneratedType { get; init; } = "default";
    public bool ApiSupported { get; init; } = true;

    /// <summary>The field shown as a lookup's <c>name</c> (Account_Name for Accounts, Full_Name for Contacts).</summary>
    public required string DisplayField { get; init; }

    /// <summary>Position in the CRM's tab order (<c>sequence_number</c>).</summary>
    public int SequenceNumber { get; init; }

    /// <summary>Activities (Tasks, Events, Calls) name their parent module here.</summary>
    public string? ParentModuleApiName { get; init; }
    public long? ParentModuleId { get; init; }

    /// <summary>Fields <c>upsert</c> checks for duplicates when the request names none.</summary>
    public IReadOnlyList<string> DefaultDuplicateCheckFields { get; init; } = [];

    /// <summary>Fields of which an insert must set at least one (Notes: <c>Note_Content</c> or <c>Note_Title</c>).</summary>
    public IReadOnlyList<string> OneOfRequired { get; init; } = [];

    /// <summary>Finds a field by API name, case-insensitively as Zoho does.</summary>
    public FieldDefinition? FindField(string apiName) => _fieldsByName.GetValueOrDefault(apiName);
}
