using System.Globalization;

namespace ZohoCrm.Data.Properties;

/// <summary>
/// Every user-facing message of ZohoCrm.Data. Each is a full sentence that names the thing at fault and says what
/// to do. The class is partial: each area (connection string, OAuth, HTTP, COQL, ...) keeps its messages in its own
/// file <c>ZohoCrmStrings.Area.cs</c> beside this one.
/// </summary>
internal static partial class ZohoCrmStrings
{
    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
