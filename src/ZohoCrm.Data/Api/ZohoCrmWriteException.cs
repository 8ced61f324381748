using System.Net;

namespace ZohoCrm.Data.Api;

/// <summary>
/// A write of several calls that failed as a whole part way: <see cref="Results"/> holds every record's outcome, in
/// input order (the written ones <see cref="ZohoCrmWriteStatus.Success"/>, the failed call's ones
/// <see cref="ZohoCrmWriteStatus.NotWritten"/> or <see cref="ZohoCrmWriteStatus.Unknown"/>, the never-sent ones
/// <see cref="ZohoCrmWriteStatus.NotWritten"/>). <see cref="ZohoCrmException.Code"/> and
/// <see cref="ZohoCrmException.StatusCode"/> are those of the failed call.
/// </summary>
public sealed class ZohoCrmWriteException : ZohoCrmException
{
    /// <summary>Creates the exception for a write that stopped at a failed call.</summary>
    /// <param name="message">Says how many records were written and which were not.</param>
    /// <param name="results">Every record's outcome, in input order.</param>
    /// <param name="code">Zoho's code of the failed call, if any.</param>
    /// <param name="statusCode">The HTTP status of the failed call, if it answered.</param>
    /// <param name="isTransient">Whether the failed call may succeed later.</param>
    /// <param name="innerException">The failure of the call.</param>
    public ZohoCrmWriteException(string message, IReadOnlyList<ZohoCrmRecordResult> results, string? code = null, HttpStatusCode? statusCode = null,
        bool isTransient = false, Exception? innerException = null)
        : base(message, code, statusCode, (innerException as ZohoCrmException)?.Details, isTransient, innerException)
    {
        ArgumentNullException.ThrowIfNull(results);
        Results = results;
    }

    /// <summary>Every record's outcome, in input order.</summary>
    public IReadOnlyList<ZohoCrmRecordResult> Results { get; }
}
