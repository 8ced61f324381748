namespace EFCore.ZohoCrm.Metadata.Internal;

/// <summary>Fields Zoho CRM maintains itself on every record. Internal API.</summary>
internal static class ZohoCrmSystemFields
{
    /// <summary>The record id, the key of every module.</summary>
    public const string Id = "id";

    /// <summary>Set by Zoho on insert and update; never written by the client.</summary>
    public static readonly IReadOnlySet<string> ReadOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Created_Time", "Modified_Time", "Created_By", "Modified_By", "Last_Activity_Time", "Full_Name",
    };
}
