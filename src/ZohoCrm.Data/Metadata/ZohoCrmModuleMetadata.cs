namespace ZohoCrm.Data.Metadata;

/// <summary>A Zoho CRM module and its fields (from <c>settings/modules</c> and <c>settings/fields</c>).</summary>
public sealed record ZohoCrmModuleMetadata
{
    /// <summary>The module's API name, the name used in COQL and URLs (<c>Leads</c>, <c>Events</c>).</summary>
    public required string ApiName { get; init; }

    /// <summary>Singular label (<c>Lead</c>).</summary>
    public string? SingularLabel { get; init; }

    /// <summary>Plural label (<c>Leads</c>).</summary>
    public string? PluralLabel { get; init; }

    /// <summary><c>default</c>, <c>custom</c>, <c>linking</c>, <c>subform</c> ...</summary>
    public string? GeneratedType { get; init; }

    /// <summary>Whether the module can be used through the API at all.</summary>
    public bool ApiSupported { get; init; } = true;

    /// <summary>The module's fields; empty until field metadata was read.</summary>
    public IReadOnlyList<ZohoCrmFieldMetadata> Fields { get; init; } = [];

    /// <summary>Finds a field by API name, case-insensitively as Zoho does.</summary>
    public ZohoCrmFieldMetadata? FindField(string apiName) =>
        Fields.FirstOrDefault(f => string.Equals(f.ApiName, apiName, StringComparison.OrdinalIgnoreCase));
}
