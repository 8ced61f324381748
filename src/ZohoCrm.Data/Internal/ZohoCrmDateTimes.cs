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

    /// <summary>A time of day as text, <c>HH:mm:ss</c>: Zoho has no time type, so it compares with text fields.</summary>
    public static string FormatTimeOfDay(TimeOnly time) => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant in the provider's own files and logs (not Zoho's wire): ISO 8601 round-trip, fraction and offset kept.
    /// </summary>
    public static string FormatRoundTrip(DateTimeOffset dateTime) => dateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads <see cref="FormatRoundTrip"/>'s text back.</summary>
    public static DateTimeOffset ParseRoundTrip(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>A log file entry's time: UTC to the millisecond, <c>2025-06-18T12:02:11.042Z</c>.</summary>
    public static string FormatLogTime(DateTimeOffset dateTime) =>
        dateTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A <see cref="DateTime"/> as the instant Zoho stores: a local time converted to UTC, an unspecified kind taken
    /// as UTC (the only offset-free reading).
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime dateTime) =>
        new(dateTime.Kind == DateTimeKind.Local ? dateTime.ToUniversalTime() : DateTime.SpecifyKind(dateTime, DateTimeKind.Utc));

    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryParseDateTime(string text, out DateTimeOffset value) =>
        TryParseCanonicalDateTime(text, out value) || TryParseDateTimeByFormats(text, out value);

    /// <summary>Every accepted datetime form, parsed by format: milliseconds and <c>Z</c> too.</summary>
    public static bool TryParseDateTimeByFormats(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    /// <summary>
    /// The form Zoho writes every datetime in, <c>yyyy-MM-ddTHH:mm:ss±HH:mm</c>, read digit by digit: format-driven
    /// parsing costs more than the rest of a row. Anything else (or out of range) is left to <see cref="TryParseDateTimeByFormats"/>.
    /// </summary>
    public static bool TryParseCanonicalDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 25 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || text[22] != ':' || text[19] is not ('+' or '-'))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second)
            || !TryDigits(text, 20, 2, out var offsetHours) || !TryDigits(text, 23, 2, out var offsetMinutes))
        {
            return false;
        }

        // Years at the ends of DateTime's range could leave it once the offset is applied: the general parser decides those.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59 || (offsetHours == 14 && offsetMinutes > 0))
        {
            return false;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        value = new DateTimeOffset(year, month, day, hour, minute, second, text[19] == '-' ? -offset : offset);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = value * 10 + digit;
        }

        return true;
    }
}
