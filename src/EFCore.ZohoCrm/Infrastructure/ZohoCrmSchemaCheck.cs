namespace EFCore.ZohoCrm.Infrastructure;

/// <summary>
/// What the provider does when the model does not match the org's live metadata (a mapped module or field Zoho CRM
/// does not have, or a field whose type cannot hold the property's CLR type), checked once per model when a context
/// first opens its connection (its first query, save or <c>EnsureCreated</c>).
/// </summary>
public enum ZohoCrmSchemaCheck
{
    /// <summary>Fail with an error naming every mismatch (the default).</summary>
    Error,

    /// <summary>Log <c>ZohoCrmEventId.SchemaDriftWarning</c> naming every mismatch, and go on.</summary>
    Warning,

    /// <summary>Do not check; no metadata is read for it.</summary>
    Off,
}
