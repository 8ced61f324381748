using System.Data.Common;
using System.Net;

namespace ZohoCrm.Data;

/// <summary>
/// An error reported by Zoho CRM (its <c>{"code","details","message","status":"error"}</c> envelope) or met while
/// talking to it (a malformed or truncated response, a failed token exchange).
/// </summary>
public class ZohoCrmException : DbException
{
    /// <summary>Creates an exception for a Zoho error code.</summary>
    public ZohoCrmException(string message, string? code = null, HttpStatusCode? statusCode = null,
        IReadOnlyDictionary<string, object?>? details = null, bool isTransient = false, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        StatusCode = statusCode;
        Details = details ?? new Dictionary<string, object?>();
        IsTransient = isTransient;
    }

    /// <summary>Zoho's error code (<c>INVALID_TOKEN</c>, <c>SYNTAX_ERROR</c>, <c>invalid_code</c>, ...), if Zoho sent one.</summary>
    public string? Code { get; }

    /// <summary>The HTTP status of the response, if there was a response.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>details</c> object of Zoho's error envelope.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }

    /// <summary>Whether the same request may succeed if tried again later (rate limits, server errors, timeouts).</summary>
    public override bool IsTransient { get; }
}
