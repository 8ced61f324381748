namespace ZohoCrm.Emulator.Domain.Errors;

/// <summary>
/// A request-level Zoho error. The HTTP layer renders it as <c>{"code","details","message","status":"error"}</c>
/// with <see cref="HttpStatus"/>; the domain core raises it without knowing about HTTP.
/// </summary>
public sealed class ZohoApiException : Exception
{
    public ZohoApiException(int httpStatus, string code, string message, IReadOnlyDictionary<string, object?>? details = null)
        : base(message)
    {
        HttpStatus = httpStatus;
        Code = code;
        Details = details ?? new Dictionary<string, object?>();
    }

    public int HttpStatus { get; }
    public string Code { get; }

    /// <summary>Rendered as the <c>details</c> object; values are strings, numbers, booleans, lists or nested dictionaries.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }

    public static ZohoApiException BadRequest(string code, string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(400, code, message, details);
}
