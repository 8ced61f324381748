namespace ZohoCrm.Data.Coql;

/// <summary>The connection settings that let the provider do on the client what Zoho cannot.</summary>
[Flags]
public enum ZohoCrmQuerySettings
{
    /// <summary>No setting allows it.</summary>
    None = 0,

    /// <summary><c>ClientSideFilterLimit</c> above zero: the client does the work, reading at most that many rows.</summary>
    ClientSideFilterLimit = 1,

    /// <summary><c>UseServerSideFiltering</c> false: the whole module is read and every clause runs on the client.</summary>
    UseServerSideFiltering = 2,
}

/// <summary>
/// Why a query cannot run with the settings in force: the work Zoho CRM cannot do (one clause per reason, each ending with a full stop), and
/// the settings that would let the provider do it on the client. ZohoCrm.Data is the one judge of this; hosts (the EF
/// Core provider) phrase the advice for their own users from <see cref="AllowedBy"/>.
/// </summary>
/// <param name="Reasons">What Zoho cannot do, one clause each.</param>
/// <param name="AllowedBy">The settings that would allow the query; <see cref="ZohoCrmQuerySettings.None"/> when none does.</param>
public sealed record ZohoCrmCapabilityRefusal(IReadOnlyList<string> Reasons, ZohoCrmQuerySettings AllowedBy);
