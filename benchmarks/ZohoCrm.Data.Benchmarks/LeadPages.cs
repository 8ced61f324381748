using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace ZohoCrm.Data.Benchmarks;

/// <summary>COQL response pages of Lead records, as Zoho writes them (ids as strings, lookups as objects, offsets kept).</summary>
internal static class LeadPages
{
    public const int PageSize = 2000;

    /// <summary>The id of the first record; ids follow one by one.</summary>
    public const long FirstId = 6284150000007000001L;

    public static byte[] Build(int page, bool more)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text))
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            json.WriteStartArray();
            for (var i = 0; i < PageSize; i++)
            {
                var n = page * PageSize + i + 1;
                json.WriteStartObject();
                json.WritePropertyName("Last_Name"); json.WriteValue("Lastname" + n);
                json.WritePropertyName("Company"); json.WriteValue("Company " + (n % 997));
                json.WritePropertyName("Email"); json.WriteValue("lead" + n + "@example.com");
                json.WritePropertyName("Lead_Status"); json.WriteValue(n % 3 == 0 ? "Contacted" : "Not Contacted");
                json.WritePropertyName("No_of_Employees"); json.WriteValue(n % 5000);
                json.WritePropertyName("Annual_Revenue"); json.WriteRawValue((n * 17.25m).ToString(CultureInfo.InvariantCulture));
                json.WritePropertyName("Email_Opt_Out"); json.WriteValue(n % 7 == 0);
                json.WritePropertyName("Owner");
                json.WriteStartObject();
                json.WritePropertyName("name"); json.WriteValue("Hart");
                json.WritePropertyName("id"); json.WriteValue("6284150000000412001");
                json.WriteEndObject();
                json.WritePropertyName("Created_Time"); json.WriteValue("2025-06-18T14:02:11+02:00");
                json.WritePropertyName("id"); json.WriteValue((FirstId + n - 1).ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("info");
            json.WriteStartObject();
            json.WritePropertyName("count"); json.WriteValue(PageSize);
            json.WritePropertyName("more_records"); json.WriteValue(more);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
