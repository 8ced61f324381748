using System.Net;
using System.Net.Http.Headers;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// Carried by each request the OAuth handler stamps, and applied once the request holds its <c>MaxConcurrency</c>
/// slot: requests queued behind the limit take their token when they leave, not when they queued, so an expiry costs
/// one 401 per request in flight instead of one per request waiting (and still one token call).
/// </summary>
internal sealed class ZohoCrmTokenRestamp(ZohoCrmTokenManager tokens, string? user)
{
    public static HttpRequestOptionsKey<ZohoCrmTokenRestamp> Option { get; } = new("ZohoCrm.OAuth.Restamp");

    /// <summary>Replaces the request's token with a fresher one, waiting for a refresh when its token was refused.</summary>
    public async ValueTask BeforeSendAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        if (Attached(request) is { } attached
            && await tokens.ReplacementForAsync(user, attached, async, cancellationToken).ConfigureAwait(false) is { } fresher)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(ZohoCrmOAuthHandler.Scheme, fresher.AccessToken);
        }
    }

    /// <summary>Notes a token Zoho refused as expired or invalid, while the slot is still held.</summary>
    public async ValueTask AfterResponseAsync(HttpRequestMessage request, HttpResponseMessage response, bool async, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized
            && Attached(request) is { } attached
            && await ZohoCrmOAuthHandler.ReadErrorCodeAsync(response, async, cancellationToken).ConfigureAwait(false) == "INVALID_TOKEN")
        {
            tokens.NoteRejected(user, attached);
        }
    }

    private static string? Attached(HttpRequestMessage request) =>
        request.Headers.Authorization is { Scheme: ZohoCrmOAuthHandler.Scheme, Parameter: { } token } ? token : null;
}
