using System.Text.Json.Nodes;

namespace ZohoCrm.Emulator.Domain.Records;

public enum WriteOperation
{
    Insert,
    Update,
    Upsert,
    Delete,
}

/// <summary>The outcome for one record of a write call, in input order.</summary>
public sealed class RecordWriteResult
{
    private RecordWriteResult(long? id, string? message, JsonObject? details, RecordError? error, string? action, string? duplicateField, bool isUpsert)
    {
        Id = id;
        Message = message;
        Details = details;
        Error = error;
        Action = action;
        DuplicateField = duplicateField;
        IsUpsert = isUpsert;
    }

    /// <summary>The id of the record written (null when it failed).</summary>
    public long? Id { get; }
    public string? Message { get; }
    public JsonObject? Details { get; }
    public RecordError? Error { get; }

    /// <summary>Upsert only: <c>insert</c> or <c>update</c>.</summary>
    public string? Action { get; }
    public string? DuplicateField { get; }
    private bool IsUpsert { get; }

    public bool Succeeded => Error is null;

    public static RecordWriteResult Success(long id, string message, JsonObject details) => new(id, message, details, null, null, null, false);

    public static RecordWriteResult UpsertSuccess(long id, string message, JsonObject details, string action, string? duplicateField) =>
        new(id, message, details, null, action, duplicateField, true);

    public static RecordWriteResult Failure(RecordError error) => new(null, null, null, error, null, null, false);

    public JsonObject ToJson()
    {
        if (Error is not null)
        {
            return Error.ToJson();
        }

        var json = new JsonObject { ["code"] = "SUCCESS" };
        if (IsUpsert)
        {
            json["duplicate_field"] = DuplicateField;
            json["action"] = Action;
        }

        json["details"] = Details!.DeepClone();
        json["message"] = Message;
        json["status"] = "success";
        return json;
    }
}

/// <summary>
/// The per-record results of one write call and the HTTP status Zoho answers with: 201 (insert) or 200 when every
/// record succeeded, 207 when some failed, 400 when all failed (412 when all failed on If-Unmodified-Since).
/// </summary>
public sealed class WriteBatchResult(WriteOperation operation, IReadOnlyList<RecordWriteResult> results)
{
    public WriteOperation Operation { get; } = operation;
    public IReadOnlyList<RecordWriteResult> Results { get; } = results;

    public int HttpStatus
    {
        get
        {
            var failed = Results.Count(r => !r.Succeeded);
            if (failed == 0)
            {
                return Operation == WriteOperation.Insert ? 201 : 200;
            }

            if (failed < Results.Count)
            {
                return 207;
            }

            return Results.All(r => r.Error!.Code == "ALREADY_MODIFIED") ? 412 : 400;
        }
    }

    /// <summary>API credits (api.md §8): 1 per 10 records for insert, update and upsert; 1 for a delete call.</summary>
    public int Credits => Operation == WriteOperation.Delete ? 1 : Math.Max(1, (Results.Count + 9) / 10);

    public JsonObject ToJson() => new() { ["data"] = new JsonArray(Results.Select(r => (JsonNode?)r.ToJson()).ToArray()) };
}
