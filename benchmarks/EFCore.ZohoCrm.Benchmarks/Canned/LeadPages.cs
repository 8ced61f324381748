using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace EFCore.ZohoCrm.Benchmarks.Canned;

/// <summary>
/// COQL response pages of Leads as Zoho writes them: ids as strings, the owner as a <c>{name, id}</c> object, a
/// datetime with its offset, a date, a multi-select picklist as an array, and some nulls.
/// </summary>
public static class LeadPages
{
    /// <summary>The most rows one COQL call returns.</summary>
    public const int PageSize = 2000;

    /// <summary>The id of the first record; ids follow one by one.</summary>
    public const long FirstId = 6284150000007000001L;

    private static readonly string[] Statuses = ["Not Contacted", "Contacted", "Attempted to Contact", "Pre-Qualified"];

    private static readonly string[][] Languages = [["English"], ["English", "German"], [], ["French", "Spanish", "English"]];

    /// <summary>The pages of <paramref name="total"/> records, each up to <see cref="PageSize"/> rows.</summary>
    public static byte[][] BuildAll(int total) =>
        Enumerable.Range(0, (total + PageSize - 1) / PageSize)
            .Select(p => Build(p * PageSize, Math.Min(PageSize, total - p * PageSize), more: (p + 1) * PageSize < total))
            .ToArray();

    /// <summary>One page: records <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> - 1.</summary>
    public static byte[] Build(int start, int count, bool more)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text))
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            json.WriteStartArray();
            for (var n = start; n < start + count; n++)
            {
                json.WriteStartObject();
                json.WritePropertyName("Last_Name"); json.WriteValue("Lastname" + n);
                json.WritePropertyName("First_Name"); json.WriteValue(n % 11 == 0 ? null : "First" + n);
                json.WritePropertyName("Company"); json.WriteValue("Company " + (n % 997));
                json.WritePropertyName("Email"); json.WriteValue("lead" + n + "@example.com");
                json.WritePropertyName("Lead_Status"); json.WriteValue(Statuses[n % Statuses.Length]);
                json.WritePropertyName("No_of_Employees"); json.WriteValue(n % 13 == 0 ? null : n % 5000);
                json.WritePropertyName("Annual_Revenue");
                json.WriteRawValue(n % 17 == 0 ? "null" : (n * 17.25m).ToString(CultureInfo.InvariantCulture));
                json.WritePropertyName("Email_Opt_Out"); json.WriteValue(n % 7 == 0);
                json.WritePropertyName("Created_Time"); json.WriteValue("2025-06-18T14:02:11+02:00");
                json.WritePropertyName("Preferred_Contact_Date"); json.WriteValue(n % 5 == 0 ? null : "2025-07-" + (n % 28 + 1).ToString("00", CultureInfo.InvariantCulture));
                json.WritePropertyName("Languages_Spoken");
                json.WriteStartArray();
                foreach (var language in Languages[n % Languages.Length])
                {
                    json.WriteValue(language);
                }

                json.WriteEndArray();
                json.WritePropertyName("Owner");
                json.WriteStartObject();
                json.WritePropertyName("name"); json.WriteValue("Hart");
                json.WritePropertyName("id"); json.WriteValue("6284150000000412001");
                json.WriteEndObject();
                json.WritePropertyName("id"); json.WriteValue((FirstId + n).ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("info");
            json.WriteStartObject();
            json.WritePropertyName("count"); json.WriteValue(count);
            json.WritePropertyName("more_records"); json.WriteValue(more);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
