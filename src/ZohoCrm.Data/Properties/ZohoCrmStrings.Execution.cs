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

    // --- DML
    public static string DmlCallFailed(string statement, string module, int written, int total, string failure, string notWritten, string unknown) =>
        Format("{0} on {1} stopped at a failed call after writing {2:N0} of {3:N0} record(s): {4} The statement is not atomic: the records written stay written. Not written (safe to run again): {5}. Unknown (the answer was lost; read them back first): {6}. ZohoCrmWriteException.Results has every record's outcome.",
            statement, module, written, total, failure.TrimEnd('.') + ".", notWritten, unknown);

    public static string DmlNotSent => "not sent: an earlier call of the statement failed, so this record was not written; running it again is safe";

    public static string DmlRecordsRefused(string statement, string module, int written, int total, int refused, string records) =>
        Format("{0} on {1} wrote {2:N0} of {3:N0} record(s); {4:N0} were not written or may not have been: {5}. The statement is not atomic: the other records stay written. Fix the refused values and run the statement again for those records; read back any whose answer was lost (status Unknown) first. ZohoCrmWriteException.Results has every record's outcome.",
            statement, module, written, total, refused, records);

    public static string DmlRecordRefused(string record, string code, string? message, string? field) =>
        field is null ? Format("{0} ({1}: {2})", record, code, message ?? "no message") : Format("{0} ({1}: {2}, field {3})", record, code, message ?? "no message", field);

    public static string DmlRow(int row) => Format("row {0}", row);

    public static string DmlRecordId(string id) => Format("id {0}", id);

    public static string DmlRecordList(IReadOnlyList<string> records) =>
        records.Count == 0 ? "none" : records.Count <= 20 ? string.Join(", ", records) : Format("{0} and {1:N0} more", string.Join(", ", records.Take(20)), records.Count - 20);

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
