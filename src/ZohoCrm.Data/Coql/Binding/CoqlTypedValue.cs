using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql.Binding;

/// <summary>
/// A parameter value with the Zoho type its caller stated (<see cref="ZohoCrmParameter.ZohoType"/>), as the binder
/// receives it among the parameter values. Internal API.
/// </summary>
/// <param name="Value">The value.</param>
/// <param name="ZohoType">The type the caller intends the value as.</param>
internal sealed record CoqlTypedValue(object? Value, ZohoCrmFieldType ZohoType)
{
    /// <summary>The value without its stated type.</summary>
    public static object? Unwrap(object? value) => value is CoqlTypedValue typed ? typed.Value : value;
}
