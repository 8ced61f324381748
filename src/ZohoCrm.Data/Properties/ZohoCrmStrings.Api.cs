namespace ZohoCrm.Data.Properties;

// Messages of the typed Zoho CRM API client: Zoho's errors, broken responses and bad arguments.
internal static partial class ZohoCrmStrings
{
    public static string ZohoError(string request, int status, string code, string message, string? details, string? hint) =>
        // Zoho's message may end with a full stop of its own; the whole is one sentence per part, each ending with one.
        Format("Zoho CRM rejected {0} with HTTP {1} {2}: {3}{4}{5}", request, status, code,
            string.IsNullOrEmpty(message) ? "(no message)" : message.TrimEnd().TrimEnd('.'),
            details is null ? "" : " " + details,
            hint is null ? "." : ". " + hint + ".");

    public static string HttpErrorWithoutEnvelope(string request, int status, string reason, string body) =>
        Format("Zoho CRM answered {0} with HTTP {1} ({2}) and no Zoho error object{3}. A proxy or gateway may have answered instead of Zoho; check ApiDomain and the proxy settings.",
            request, status, reason, body.Length == 0 ? "" : ": " + body);

    public static string HintInvalidToken =>
        "The access token expired or was revoked; use InitiateOAuth=REFRESH or GETANDREFRESH so it is refreshed, or supply a new OAuthAccessToken";

    public static string HintAuthenticationFailure =>
        "The Authorization header was missing or malformed; connect through the OAuth settings rather than adding the header yourself";

    public static string HintScopeMismatch(string scope) =>
        Format("The token lacks the scope this call needs: {0}. Add it to Scope and authorize again", scope);

    public static string HintNoPermission =>
        "The user's profile may not do this; ask a Zoho CRM administrator to grant the permission named in the details";

    public static string HintInvalidModule =>
        "Check the module's API name (it can differ from its label, e.g. Events for Meetings); GetModulesAsync lists them";

    public static string HintCreditBudgetSpent(TimeSpan creditsReturnIn) =>
        Format("The org's API credit budget (a rolling 24 hours, set by its edition) is used up: Zoho asks to wait {0} h {1} min for credits to return. Wait until then, or make fewer or cheaper calls (smaller pages cost fewer credits)",
            (int)creditsReturnIn.TotalHours, creditsReturnIn.Minutes);

    public static string HintTooManyRequests =>
        "Zoho's concurrency or API credit limit was reached; lower MaxConcurrency, or wait for credits to return (a rolling 24-hour window)";

    public static string HintDiscretePagination =>
        "Page numbers reach only the first 2,000 records; continue with the page token of the previous page";

    public static string HintRequiredParam(string? name) =>
        Format("Zoho needs the parameter '{0}' on this call", name);

    public static string HintInvalidUrl =>
        "The URL is not a Zoho CRM API path; check ApiDomain (it must be the api_domain, e.g. https://www.zohoapis.eu) and the module name";

    public static string ResponseTruncated(string request, int records) =>
        Format("The response to {0} ended before its JSON was complete (after {1} records): the connection was cut or a proxy truncated it. Nothing after that point was read; run the query again.", request, records);

    public static string ResponseMalformed(string request, int records, string where) =>
        Format("The response to {0} is not the JSON Zoho CRM sends (after {1} records, at {2}). Check that ApiDomain points at Zoho CRM or the emulator, not another server.", request, records, where);

    public static string PageCountMismatch(string request, int declared, int read) =>
        Format("The response to {0} declares {1} records in info.count but holds {2}; the page is incomplete and was not used.", request, declared, read);

    public static string PageReaderHasNoRecord =>
        "The page reader is not on a record; call ReadAsync first and use the record only until the next ReadAsync.";

    public static string MetadataItemWithoutKey(string source, string key) =>
        Format("An item of the {0} response has no '{1}'; the response is not what Zoho CRM sends.", source, key);

    public static string EmptyResponse(string request) =>
        Format("Zoho CRM answered {0} with no content.", request);

    public static string ModuleNotFound(string module) =>
        Format("Zoho CRM has no module '{0}' (settings/modules answered with nothing); check the API name.", module);

    public static string RequestFailed(string method, string url, string reason) =>
        Format("{0} {1} failed before Zoho CRM answered: {2} Check the network, ApiDomain and the proxy/firewall settings.", method, url, reason);

    public static string ApiBaseUriNotHttp(string uri) =>
        Format("The API base URI '{0}' is not an absolute http(s) URI; give the api_domain, such as https://www.zohoapis.com.", uri);

    public static string FieldsRequired(string module) =>
        Format("Listing {0} records needs at least one field: Zoho's Get Records requires the fields parameter (at most 50).", module);

    public static string PageAndPageToken =>
        "Page and PageToken cannot be combined; Zoho answers AMBIGUITY_DURING_PROCESSING. Use Page for the first 2,000 records, then PageToken.";

    public static string SearchNeedsOneCondition(int given) =>
        Format("A search needs exactly one of Criteria, Email, Phone and Word; {0} were given.", given);

    public static string WriteRecordNull(string module, int index) =>
        Format("Record {0} of the write to {1} is null; pass a ZohoCrmRecordValues for every record.", index, module);

    public static string UpdateWithoutId(string module, int index) =>
        Format("Record {0} of the update to {1} has no 'id'; every record of an update must carry the id of the record it changes.", index, module);

    public static string InvalidApiName(string parameter, string name) =>
        Format("'{0}' is not a valid {1}: API names contain no '/', '?', '#' or '&'.", name, parameter);

    public static string InvalidRecordId(string id) =>
        Format("'{0}' is not a Zoho record id; ids are 18-19 digit numbers.", id);

    public static string WriteResultCountMismatch(string request, int sent, int received) =>
        Format("{0} sent {1} records but Zoho CRM answered with {2} results; which records were applied is unknown. Read them back before retrying.", request, sent, received);

    public static string WriteResultMalformed(string request, int index) =>
        Format("Result {1} of {0} has no code; which records were applied is unknown. Read them back before retrying.", request, index);

    public static string RecordFailed(string module, int index, string code, string? message, string? field) =>
        Format("Zoho CRM did not apply record {0} of the {1} batch: {2}{3}{4}.", index, module, code,
            string.IsNullOrEmpty(message) ? "" : " (" + message + ")",
            field is null ? "" : " on field " + field);

    public static string ResultValueNotConvertible(string field, object value, string dataType, Type target) =>
        Format("Field {0} of the write result holds '{1}', which as a {2} field does not convert to {3}; ask for the field type's own .NET type or one it converts to.",
            field, value, dataType, target.Name);

    public static string IfUnmodifiedSinceOnUpdatesOnly(string module, int index) =>
        Format("Record {0} of the write to {1} sets IfUnmodifiedSince, which only an update sends; remove it, or update the record instead.", index, module);

    public static string RecordNotWrittenEarlierCallFailed =>
        "not sent: another call of the same write failed before this record's call was sent, so it was not written; sending it again is safe";

    public static string RecordsPerCallOutOfRange(int value) =>
        Format("ZohoCrmWriteOptions.RecordsPerCall is {0}, but Zoho CRM writes 1 to 100 records per call. Choose a value from 1 to 100, or leave it null for 100.", value);

    public static string RecordNotWrittenCallFailed =>
        "not written: the call carrying this record failed before Zoho CRM acted on it; sending it again is safe";

    public static string RecordAnswerLost =>
        "the answer to the call carrying this record was lost, so Zoho CRM may or may not hold the change; read the record back before sending it again";

    public static string RecordNotFoundAfterLostAnswer =>
        "the answer to the insert was lost and the records created since it was sent hold no record with these values that another record sent does not account for, so it was not written; sending it again is safe";

    public static string RecordNotFoundYetAfterLostAnswer =>
        "the insert timed out (or a gateway answered for Zoho CRM) and no record with these values exists yet, but Zoho CRM may still be writing it; read it back later before sending it again";

    public static string RecordNearlyMatchedAfterLostAnswer(int candidates) =>
        Format("the answer to the insert was lost and no record created since it was sent holds exactly these values, but {0} hold nearly them (Zoho CRM may have rounded or formatted a value), so whether it was written is unknown; check them before sending it again", candidates);

    public static string RecordFoundAfterLostAnswer =>
        "record added (the answer was lost; the record was found among those created since the call was sent)";

    public static string RecordAmbiguousAfterLostAnswer(int candidates) =>
        Format("the answer to the insert was lost and {0} records created since it was sent hold these values, so which of them (if any) is this one is unknown; check them before sending it again", candidates);

    public static string ReadBackFailed(string failure, string readFailure) =>
        Format("{0} Reading back the records created since the call was sent failed too ({1}), so whether Zoho CRM holds them is unknown.",
            failure.TrimEnd('.') + ".", readFailure.TrimEnd('.'));

    public static string WriteStoppedPartWay(string operation, string module, int written, int total, string failure, string notWritten, string unknown) =>
        Format("The {0} of {1} records to {2} stopped at a failed call; {3} were written: {4} Not written (safe to send again): {5}. Unknown (the answer was lost; read them back first): {6}. See ZohoCrmWriteException.Results for every record.",
            operation, total, module, written, failure.TrimEnd('.') + ".", notWritten, unknown);
}

