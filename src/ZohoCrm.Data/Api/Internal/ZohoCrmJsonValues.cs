using Newtonsoft.Json.Linq;

namespace ZohoCrm.Data.Api.Internal;

/// <summary>Turns JSON from Zoho into plain CLR values for <see cref="ZohoCrmException.Details"/> and result details.</summary>
internal static class ZohoCrmJsonValues
{
    public static IReadOnlyDictionary<string, object?> ToDictionary(JToken? token)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (token is JObject obj)
        {
            foreach (var property in obj.Properties())
            {
                result[property.Name] = ToClr(property.Value);
            }
        }

        return result;
    }

    public static object? ToClr(JToken? token) => token switch
    {
        null => null,
        JObject obj => ToDictionary(obj),
        JArray array => array.Select(ToClr).ToList(),
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => null,
        JValue value => value.Value,
        _ => token.ToString(),
    };
}
