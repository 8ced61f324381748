namespace ZohoCrm.Data.Properties;

// Messages about a parameter's stated Zoho type (ZohoCrmParameter.ZohoType). Values are left out: they may be personal data.
internal static partial class ZohoCrmStrings
{
    internal static string ParameterZohoTypeContradictsField(string parameter, string statedType, string field, string fieldType) =>
        Format("Parameter @{0} is declared as Zoho type {1} (its ZohoType), but it is compared with field '{2}' of type {3}. Set ZohoType to {3} (or a type of the same kind), or leave it unset to let the field decide.",
            parameter, statedType, field, fieldType);

    internal static string ParameterValueNotOfZohoType(string parameter, string valueType, string statedType, string expected) =>
        Format("The value of parameter @{0} ({1}) is not a value of its ZohoType {2}; pass {3}.", parameter, valueType, statedType, expected);
}
