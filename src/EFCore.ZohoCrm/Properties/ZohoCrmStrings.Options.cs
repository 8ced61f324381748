namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>MaxBatchSize was set outside Zoho's range.</summary>
    public static string MaxBatchSizeOutOfRange(int value) => Format(
        "MaxBatchSize was set to {0}, but Zoho CRM writes at most 100 records per call. Choose a value from 1 to 100.", value);

    /// <summary>ClientSideFilterLimit was set to zero or less.</summary>
    public static string QuerySettingsWithConnection =>
        "UseServerSideFiltering or ClientSideFilterLimit was set on UseZohoCrm's options together with an existing connection, whose commands keep that connection's own settings. Set them on the connection (its connection string, or the ZohoCrmConnection constructor that takes them), or pass a connection string or a data source to UseZohoCrm instead.";

    public static string ClientSideFilterLimitOutOfRange(int value) => Format(
        "ClientSideFilterLimit was set to {0}. It is the number of rows the provider may read to filter on the client; choose a positive number.", value);

    /// <summary>A Zoho CRM member of <c>Database</c> (SetZohoCrmUser, UseZohoCrmTriggers...) on a context of another provider.</summary>
    public static string DatabaseMethodNeedsZohoCrmProvider(string method, string? provider) => Format(
        "Database.{0} was called on a context whose provider is '{1}', not Zoho CRM. Configure the context with UseZohoCrm, or do not call {0} on it.", method, provider);

    /// <summary>UseZohoCrm() without a connection and nothing configured later.</summary>
    public static string NoConnectionConfigured => "No Zoho CRM connection is configured. Pass a connection string, a ZohoCrmConnection or a ZohoCrmDataSource to UseZohoCrm, or set one with Database.SetConnectionString before the first query.";
}
