namespace ZohoCrm.Data.Coql;

/// <summary>API credits Zoho charges per call (api.md §8).</summary>
public static class ZohoCrmCredits
{
    /// <summary>A COQL call: LIMIT 1-200 costs 1 credit, 201-1,000 costs 2, 1,001-2,000 costs 3.</summary>
    public static int ForCoql(int limit) => limit <= 200 ? 1 : limit <= 1000 ? 2 : 3;

    /// <summary>A Search call costs 1 credit per page.</summary>
    public const int PerSearchPage = 1;

    /// <summary>A Get Records call (<c>GET /{module}</c>, up to 200 records or 100 ids) costs 1 credit.</summary>
    public const int PerGetRecordsCall = 1;
}
