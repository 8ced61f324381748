using System.Globalization;

namespace ZohoCrm.Data.Internal;

/// <summary>
/// Zoho's date and datetime text, in one place: dates <c>yyyy-MM-dd</c>; datetimes ISO 8601 with an offset and no
/// milliseconds (<c>2025-06-18T14:02:11+02:00</c>), the offset kept when read.
/// </summary>
internal static class ZohoCrmDateTimes
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    private static readonly string[] DateTimeFormats =
    [
        DateTimeFormat,
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTimeOffset dateTime) => dateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryParseDateTime(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
