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

    /// <summary>Whether the pipeline may resend <paramref name="request"/> after an ambiguous failure.</summary>
    public static bool IsSafeToResend(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head
            || (request.Options.TryGetValue(IsRead, out var isRead) && isRead);
    }
}
