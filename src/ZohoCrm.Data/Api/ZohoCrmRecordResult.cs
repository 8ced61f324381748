using System.Net;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Api;

/// <summary>Zoho's answer for one record of an insert, update, upsert or delete, in the order the records were sent.</summary>
public sealed record ZohoCrmRecordResult
{
    /// <summary><c>SUCCESS</c>, or the error code (<c>MANDATORY_NOT_FOUND</c>, <c>INVALID_DATA</c>, <c>DUPLICATE_DATA</c>...).</summary>
    public required string Code { get; init; }

    /// <summary>Zoho's message (<c>record added</c>, <c>required field not found</c>...).</summary>
    public string? Message { get; init; }

    /// <summary>Whether Zoho applied the change to this record.</summary>
    public required bool IsSuccess { get; init; }

    /// <summary>The record id (new for an insert), from <c>details.id</c>, when Zoho gave one.</summary>
    public string? Id { get; init; }

    /// <summary>For upserts: <c>insert</c> or <c>update</c>.</summary>
    public string? Action { get; init; }

    /// <summary>For upserts: the field that matched an existing record, if any.</summary>
    public string? DuplicateField { get; init; }

    /// <summary>
    /// The <c>details</c> object: on success the system fields (<c>Created_Time</c>, <c>Modified_Time</c>, ...); on error
    /// the field at fault (<c>api_name</c>, <c>json_path</c>, <c>expected_data_type</c>, ...). Values are strings, longs,
    /// decimals, booleans, nested dictionaries and lists.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();

    /// <summary>The index of the record in the request.</summary>
    public required int Index { get; init; }

    /// <summary>The failure as an exception naming the record and the field at fault; for throwing when one record failed.</summary>
    public ZohoCrmException ToException(string module)
    {
        var field = Details.TryGetValue("api_name", out var apiName) ? apiName as string : null;
        return new ZohoCrmException(ZohoCrmStrings.RecordFailed(module, Index, Code, Message, field), Code, HttpStatusCode.BadRequest, Details);
    }
}
