using System.Net;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// The first handler of a data source's HTTP pipeline: stamps <c>Authorization: Zoho-oauthtoken …</c> with a fresh
/// token (replaced 60 s before expiry), and on <c>401 INVALID_TOKEN</c> gets a new token and sends the request once
/// more. <c>AUTHENTICATION_FAILURE</c> and <c>OAUTH_SCOPE_MISMATCH</c> are not retried: they become a
/// <see cref="ZohoCrmAuthenticationException"/> that names the scope the request needs.
/// </summary>
/// <remarks>
/// Requests run under the connection's own token key, or under a signed-in user's when they carry
/// <see cref="UserOption"/>: the API client of a connection whose <see cref="ZohoCrmConnection.User"/> is set stamps it
/// on every request, so the tokens <see cref="ZohoCrmOAuthWebFlow"/> saved for that user are used.
/// </remarks>
internal sealed class ZohoCrmOAuthHandler : DelegatingHandler
{
    internal const string Scheme = "Zoho-oauthtoken";
    private readonly ZohoCrmTokenManager _tokens;

    internal ZohoCrmOAuthHandler(ZohoCrmTokenManager tokens) => _tokens = tokens;

    /// <summary>The request option naming the user whose tokens to use (see <see cref="ZohoCrmTokenKey.User"/>).</summary>
    public static HttpRequestOptionsKey<string> UserOption { get; } = new("ZohoCrm.OAuth.User");

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken);

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // With async false every step below is synchronous I/O, so the task is complete here (a token store of one's own
        // that does not complete synchronously is the exception: see ZohoCrmTokenManager.GetTokenAsync).
        ZohoCrmSync.GetCompletedResult(SendCoreAsync(request, async: false, cancellationToken));

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(UserOption, out var user);

        // Buffered so that the body can be sent a second time after a refresh. The provider's request bodies are in
        // memory already (JSON strings), so this completes synchronously.
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        request.Options.Set(ZohoCrmTokenRestamp.Option, new ZohoCrmTokenRestamp(_tokens, user));
        var token = await _tokens.GetTokenAsync(user, null, async, cancellationToken).ConfigureAwait(false);
        var response = await SendWithTokenAsync(request, token, async, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        var code = await ReadErrorCodeAsync(response, async, cancellationToken).ConfigureAwait(false);
        if (code == "INVALID_TOKEN")
        {
            response.Dispose();
            // The token the request left with, which may be fresher than the one stamped here (ZohoCrmTokenRestamp).
            var sent = request.Headers.Authorization?.Parameter ?? token.AccessToken;
            token = await _tokens.GetTokenAsync(user, sent, async, cancellationToken).ConfigureAwait(false);
            response = await SendWithTokenAsync(request, token, async, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return response;
            }

            code = await ReadErrorCodeAsync(response, async, cancellationToken).ConfigureAwait(false);
            if (code == "INVALID_TOKEN")
            {
                response.Dispose();
                throw new ZohoCrmAuthenticationException(ZohoCrmStrings.FreshTokenRejected(Describe(request)), code, HttpStatusCode.Unauthorized);
            }
        }

        switch (code)
        {
            case "OAUTH_SCOPE_MISMATCH":
                response.Dispose();
                throw new ZohoCrmAuthenticationException(
                    ZohoCrmStrings.ScopeMismatch(Describe(request), ZohoCrmRequiredScopes.For(request.Method, request.RequestUri?.AbsolutePath ?? "/"),
                        _tokens.Client.Settings.Scope),
                    code, HttpStatusCode.Unauthorized);
            case "AUTHENTICATION_FAILURE":
                response.Dispose();
                throw new ZohoCrmAuthenticationException(
                    ZohoCrmStrings.AuthenticationFailure(Describe(request), _tokens.Client.Settings.DataCenter.Domain), code, HttpStatusCode.Unauthorized);
            default:
                // Not one of Zoho's authentication codes: the API client reports it with the rest of the envelope.
                return response;
        }
    }

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, ZohoCrmToken token, bool async, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(Scheme, token.AccessToken);
        return async ? base.SendAsync(request, cancellationToken) : Task.FromResult(base.Send(request, cancellationToken));
    }

    private static string Describe(HttpRequestMessage request) => request.Method + " " + request.RequestUri?.AbsolutePath;

    internal static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, bool async, CancellationToken cancellationToken)
    {
        // Buffered, so whoever gets the response can still read the body.
        string body;
        if (async)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var bytes = new MemoryStream();
            using (var stream = response.Content.ReadAsStream(cancellationToken))
            {
                stream.CopyTo(bytes);
            }

            body = System.Text.Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
            var buffered = new ByteArrayContent(bytes.GetBuffer(), 0, (int)bytes.Length);
            foreach (var (name, values) in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(name, values);
            }

            response.Content.Dispose();
            response.Content = buffered;
        }

        try
        {
            return (JToken.Parse(body) as JObject)?.Value<string?>("code");
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
