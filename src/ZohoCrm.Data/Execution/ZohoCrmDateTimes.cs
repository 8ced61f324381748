using System.Globalization;

namespace ZohoCrm.Data.Execution;

/// <summary>Zoho's datetime text: ISO 8601 with an offset (<c>2025-06-18T14:02:11+02:00</c>); the offset is kept.</summary>
internal static class ZohoCrmDateTimes
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static bool TryParseDateTime(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
