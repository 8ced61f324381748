namespace ZohoCrm.Data.Http;

/// <summary>Per-request flags the pipeline reads from <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class ZohoCrmRequestOptions
{
    /// <summary>
    /// Marks a request that only reads (such as <c>POST /coql</c>), so the pipeline may resend it after an ambiguous
    /// failure. GET and HEAD are reads without it; every other request is treated as a write and is never resent once
    /// it may have reached Zoho.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> IsRead = new("ZohoCrm.IsRead");

    /// <summary>Marks <paramref name="request"/> as a read that may be resent (see <see cref="IsRead"/>).</summary>
    public static HttpRequestMessage MarkAsRead(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(IsRead, true);
        return request;
    }

    /// <summary>
    /// Marks a write that may be applied twice without harm (an update, a delete, an upsert on duplicate-check fields),
    /// so the pipeline resends it after an ambiguous failure as it does a read.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> IsIdempotent = new("ZohoCrm.IsIdempotent");

    /// <summary>Set by the pipeline on a request it sent more than once: an earlier attempt may have been applied.</summary>
    public static readonly HttpRequestOptionsKey<bool> WasResent = new("ZohoCrm.WasResent");

    /// <summary>Marks <paramref name="request"/> as a write the pipeline may resend (see <see cref="IsIdempotent"/>).</summary>
    public static HttpRequestMessage MarkAsIdempotent(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(IsIdempotent, true);
        return request;
    }

    /// <summary>Whether the pipeline sent <paramref name="request"/> more than once.</summary>
    public static bool WasSentMoreThanOnce(this HttpRequestMessage request) =>
        request.Options.TryGetValue(WasResent, out var resent) && resent;

    /// <summary>Whether the pipeline may resend <paramref name="request"/> after an ambiguous failure.</summary>
    public static bool IsSafeToResend(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head
            || (request.Options.TryGetValue(IsRead, out var isRead) && isRead)
            || (request.Options.TryGetValue(IsIdempotent, out var isIdempotent) && isIdempotent);
    }
}
