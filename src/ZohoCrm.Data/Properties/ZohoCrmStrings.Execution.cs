namespace ZohoCrm.Data.Properties;

// Messages of query execution: reading Zoho's responses, paging, client-side work.
internal static partial class ZohoCrmStrings
{
    public static string PagingMadeNoProgress(string module) =>
        Format("Paging through module '{0}' stopped making progress: Zoho returned a page with more_records=true but no rows past the last one read. This is a Zoho CRM fault; run the query again.",
            module);

    public static string SearchTooManyMatches(string module, int max) =>
        Format("The Search on module '{0}' matches more than {1:N0} records, the most Zoho's Search API can return. Add predicates Zoho can evaluate to narrow the query, or set UseServerSideFiltering=False to read the module with keyset paging and filter on the client.",
            module, max);

    public static string ResponseBodyBroken(string reason) =>
        Format("The connection closed before the response body was complete ({0}).", reason);

    public static string CallTimedOut(int seconds, string what) =>
        Format("Zoho CRM did not answer within CommandTimeout={0} seconds ({1}). CommandTimeout bounds each call a query makes (the wait for its next page), not the whole read: raise command.CommandTimeout (0 waits without limit) if Zoho is slow to answer, or check the connection.",
            seconds, what);

    public static string PlanningCall => "planning the query: sign-in and the metadata it needs";

    /// <summary>Why the metadata file was not used: it could not be read or parsed.</summary>
    public static string MetadataFileUnreadable(string error) =>
        Format("it could not be read as JSON ({0}).", error);

    /// <summary>Why the metadata file was not used: JSON, but not a metadata file of this version.</summary>
    public static string MetadataFileNotMetadata(int version) =>
        Format("it is not a metadata file of format {0} (another file at this path, or one written by another version).", version);

    /// <summary>Why the metadata file was not used: written for another org.</summary>
    public static string MetadataFileOtherOrg(string fileOrg, string org) =>
        Format("it holds the metadata of '{0}', not of this connection's '{1}' (client id, data centre and API domain). Give each org its own MetadataCacheLocation.", fileOrg, org);
}
