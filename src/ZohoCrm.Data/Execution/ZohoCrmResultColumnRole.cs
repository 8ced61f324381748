namespace ZohoCrm.Data.Execution;

/// <summary>What a result column reads from a record's JSON value.</summary>
internal enum ZohoCrmResultColumnRole
{
    /// <summary>The value itself (for a lookup: its <c>id</c>, read as <see cref="long"/>).</summary>
    Value,

    /// <summary>The <c>name</c> of a lookup's <c>{"name","id"}</c> object: the display value Zoho sends with the id.</summary>
    LookupName,
}
