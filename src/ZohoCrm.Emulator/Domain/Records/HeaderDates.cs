using System.Globalization;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// Dates in <c>If-Modified-Since</c> and <c>If-Unmodified-Since</c>: Zoho documents ISO 8601 with an offset
/// (<c>2019-07-25T15:26:49+05:30</c>), the official SDK sends <c>...Z</c>, and HTTP clients send RFC 1123.
/// </summary>
public static class HeaderDates
{
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (FieldValueReader.TryDateTime(text, out instant))
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rfc))
        {
            instant = rfc.ToUniversalTime();
            return true;
        }

        return false;
    }
}
