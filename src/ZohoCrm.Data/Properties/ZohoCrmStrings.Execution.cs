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
}
