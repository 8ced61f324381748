namespace EFCore.ZohoCrm.Properties;

public static partial class ZohoCrmStrings
{
    /// <summary>SUM/MIN/MAX/AVG over a field Zoho does not aggregate.</summary>
    public static string AggregateNotSupported(string function, string field) => Format(
        "Zoho CRM computes {0} only over number fields (integer, decimal, currency, percent) of the queried module, so {0}({1}) cannot be sent to it. Aggregate the values after AsEnumerable(), or let the provider compute it on the client with UseServerSideFiltering(false) or ClientSideFilterLimit(n).",
        function, field);

    /// <summary>A negated StartsWith/EndsWith.</summary>
    public static string NegatedLikeNotSupported(string field) => Format(
        "COQL's NOT LIKE can only exclude values that contain a text, so a negated StartsWith or EndsWith on the field '{0}' cannot be sent to Zoho CRM. Use !Contains, or allow client-side filtering with UseServerSideFiltering(false) or ClientSideFilterLimit(n).",
        field);
}
