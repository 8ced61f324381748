namespace ZohoCrm.Data.Api;

/// <summary>What became of one record of an insert, update, upsert or delete.</summary>
public enum ZohoCrmWriteStatus
{
    /// <summary>Zoho applied the change; an insert's <see cref="ZohoCrmRecordResult.Id"/> and system fields are known.</summary>
    Success,

    /// <summary>Zoho refused this record: see <see cref="ZohoCrmRecordResult.Code"/>, <see cref="ZohoCrmRecordResult.Message"/> and <see cref="ZohoCrmRecordResult.Field"/>.</summary>
    Refused,

    /// <summary>An update or delete of a record Zoho does not have.</summary>
    NotFound,

    /// <summary>The record changed after the update's <see cref="ZohoCrmRecordValues.IfUnmodifiedSince"/> (Zoho's 412 <c>ALREADY_MODIFIED</c>).</summary>
    Conflict,

    /// <summary>
    /// Zoho certainly does not hold this change: the record was never sent because an earlier call failed, or it was an
    /// insert whose answer was lost and that the read-back proved absent. Sending it again is safe.
    /// </summary>
    NotWritten,

    /// <summary>The answer was lost and Zoho may or may not hold the change; check before sending it again.</summary>
    Unknown,
}
