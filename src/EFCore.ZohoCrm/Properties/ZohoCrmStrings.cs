using System.Globalization;

namespace EFCore.ZohoCrm.Properties;

/// <summary>
/// Every user-facing message of the EF Core provider. Each is a full sentence that names the thing at fault, says
/// why Zoho CRM cannot do it and what to write instead. The class is partial: each area keeps its messages in its
/// own file <c>ZohoCrmStrings.Area.cs</c> beside this one.
/// </summary>
internal static partial class ZohoCrmStrings
{
    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
