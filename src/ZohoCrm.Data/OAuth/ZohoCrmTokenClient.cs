using System.Globalization;
using System.Net;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Http.Internal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Properties;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// Talks to Zoho's accounts server: builds authorization URLs and calls <c>/oauth/v2/token</c> for the three grants the
/// provider uses. Reads Zoho's quirks: errors as HTTP 200 <c>{"error":"…"}</c>, <c>expires_in</c> in seconds or (with
/// <c>expires_in_sec</c>) in milliseconds, and <c>api_domain</c>.
/// </summary>
internal sealed class ZohoCrmTokenClient
{
    private readonly HttpClient _http;
    private readonly ZohoCrmSettings _settings;
    private readonly TimeProvider _time;
    private readonly ZohoCrmLog _log;

    public ZohoCrmTokenClient(HttpClient http, ZohoCrmSettings settings, TimeProvider time, ZohoCrmLog log)
    {
        _http = http;
        _settings = settings;
        _time = time;
        _log = log;
    }

    public ZohoCrmSettings Settings => _settings;

    /// <summary>The consent page URL: offline access (a refresh token) and <c>prompt=consent</c> (a new one each time).</summary>
    public Uri BuildAuthorizationUri(string state, Uri redirectUri)
    {
        var query = string.Join('&',
            Pair("scope", _settings.Scope),
            Pair("client_id", _settings.OAuthClientId!),
            Pair("response_type", "code"),
            Pair("access_type", "offline"),
            Pair("prompt", "consent"),
            Pair("redirect_uri", RedirectUriText(redirectUri)),
            Pair("state", state));
        return new Uri(new Uri(_settings.AccountsServer, "/oauth/v2/auth").AbsoluteUri + "?" + query);

        static string Pair(string name, string value) => name + "=" + Uri.EscapeDataString(value);
    }

    /// <summary>Exchanges a grant code; <paramref name="redirectUri"/> must be the one the code was issued for (none for a self-client code).</summary>
    public Task<ZohoCrmToken> ExchangeCodeAsync(string code, Uri? redirectUri, CancellationToken cancellationToken)
    {
        var form = ClientForm("authorization_code");
        form.Add(new("code", code));
        if (redirectUri is not null)
        {
            form.Add(new("redirect_uri", RedirectUriText(redirectUri)));
        }

        return RequestAsync(form, ZohoCrmStrings.TokenOperationExchange, async: true, cancellationToken);
    }

    public Task<ZohoCrmToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken) => RefreshAsync(refreshToken, async: true, cancellationToken);

    public async Task<ZohoCrmToken> RefreshAsync(string refreshToken, bool async, CancellationToken cancellationToken)
    {
        var form = ClientForm("refresh_token");
        form.Add(new("refresh_token", refreshToken));
        var token = await RequestAsync(form, ZohoCrmStrings.TokenOperationRefresh, async, cancellationToken).ConfigureAwait(false);

        // A refresh response carries no refresh token: the one used stays valid until revoked.
        return token.RefreshToken is null ? token with { RefreshToken = refreshToken } : token;
    }

    public Task<ZohoCrmToken> ClientCredentialsAsync(bool async, CancellationToken cancellationToken)
    {
        var form = ClientForm("client_credentials");
        form.Add(new("scope", _settings.Scope));
        form.Add(new("soid", _settings.OAuthSoid!));
        return RequestAsync(form, ZohoCrmStrings.TokenOperationClientCredentials, async, cancellationToken);
    }

    /// <summary>
    /// Revokes <paramref name="refreshToken"/> (and the access tokens minted from it) at
    /// <c>POST {accounts}/oauth/v2/token/revoke?token=…</c>. Success is <c>{"status":"success"}</c>; anything else throws.
    /// </summary>
    public async Task RevokeAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(_settings.AccountsServer, "/oauth/v2/token/revoke");
        var operation = ZohoCrmStrings.TokenOperationRevoke;

        // Only the endpoint is logged: the query carries the refresh token.
        _log.OAuth.TokenEndpointCalled(endpoint, operation);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.AbsoluteUri + "?token=" + Uri.EscapeDataString(refreshToken));
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new ZohoCrmAuthenticationException(ZohoCrmStrings.TokenEndpointUnreachable(endpoint, operation, ZohoCrmHttpFailure.Reason(e)), isTransient: true, innerException: e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var json = TryParse(body);
            if (json is null)
            {
                throw new ZohoCrmAuthenticationException(
                    ZohoCrmStrings.TokenEndpointNotJson(endpoint, operation, (int)response.StatusCode),
                    statusCode: response.StatusCode, isTransient: (int)response.StatusCode >= 500);
            }

            if (response.IsSuccessStatusCode && json.Value<string?>("error") is null
                && string.Equals(json.Value<string?>("status"), "success", StringComparison.OrdinalIgnoreCase))
            {
                _log.OAuth.RefreshTokenRevoked();
                return;
            }

            var error = json.Value<string?>("error") ?? json.Value<string?>("code") ?? "HTTP " + (int)response.StatusCode;
            _log.OAuth.TokenEndpointRefused(operation, error);
            throw new ZohoCrmAuthenticationException(
                ZohoCrmStrings.TokenEndpointError(operation, error, ZohoCrmStrings.TokenHintRevokeRefused(_settings.DataCenter.Domain, _settings.AccountsServer)),
                error, response.StatusCode, isTransient: (int)response.StatusCode >= 500);
        }
    }

    // Zoho compares redirect URIs as registered; Uri.ToString() would add a trailing slash to a bare authority.
    private static string RedirectUriText(Uri uri) => uri.AbsolutePath == "/" && uri.Query.Length == 0 ? uri.GetLeftPart(UriPartial.Authority) : uri.AbsoluteUri;

    private List<KeyValuePair<string, string>> ClientForm(string grantType) =>
    [
        new("grant_type", grantType),
        new("client_id", _settings.OAuthClientId!),
        new("client_secret", _settings.OAuthClientSecret!),
    ];

    private async Task<ZohoCrmToken> RequestAsync(List<KeyValuePair<string, string>> form, string operation, bool async, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(_settings.AccountsServer, "/oauth/v2/token");
        _log.OAuth.TokenEndpointCalled(endpoint, operation);
        var requestedAt = _time.GetUtcNow();
        using var content = new FormUrlEncodedContent(form);
        HttpResponseMessage response;
        try
        {
            response = async
                ? await _http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false)
                : _http.Send(new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content }, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ZohoCrmAuthenticationException(ZohoCrmStrings.TokenEndpointUnreachable(endpoint, operation, ZohoCrmHttpFailure.Reason(e)), isTransient: true, innerException: e);
        }

        using (response)
        {
            var body = async ? await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false) : ReadString(response.Content, cancellationToken);
            var json = TryParse(body);
            if (json is null)
            {
                throw new ZohoCrmAuthenticationException(
                    ZohoCrmStrings.TokenEndpointNotJson(endpoint, operation, (int)response.StatusCode),
                    statusCode: response.StatusCode, isTransient: (int)response.StatusCode >= 500);
            }

            if (json.Value<string?>("error") is { } error)
            {
                throw Failure(error, json.Value<string?>("error_description"), response.StatusCode, operation);
            }

            if (json.Value<string?>("access_token") is not { Length: > 0 } accessToken)
            {
                throw new ZohoCrmAuthenticationException(
                    ZohoCrmStrings.TokenEndpointNoAccessToken(endpoint, operation, (int)response.StatusCode), statusCode: response.StatusCode);
            }

            var token = new ZohoCrmToken(
                accessToken,
                json.Value<string?>("refresh_token"),
                ExpiresAt(json, requestedAt),
                json.Value<string?>("api_domain") is { } apiDomain && Uri.TryCreate(apiDomain, UriKind.Absolute, out var uri) ? uri : null,
                json.Value<string?>("scope"));
            _log.OAuth.AccessTokenObtained(operation, (token.ExpiresAt is { } expiresAt ? ZohoCrmDateTimes.FormatRoundTrip(expiresAt) : "(not given)"));
            return token;
        }
    }

    private static JObject? TryParse(string body)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Legacy responses carry expires_in in milliseconds next to expires_in_sec; current ones only expires_in, in seconds.
    private static DateTimeOffset? ExpiresAt(JObject json, DateTimeOffset requestedAt)
    {
        var seconds = json["expires_in_sec"] is { } legacy ? Number(legacy) : json["expires_in"] is { } current ? Number(current) : null;
        return seconds is { } s ? requestedAt.AddSeconds(s) : null;

        static double? Number(JToken token) =>
            double.TryParse(token.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }

    private ZohoCrmAuthenticationException Failure(string error, string? description, HttpStatusCode status, string operation)
    {
        var throttled = description?.Contains("too many requests", StringComparison.OrdinalIgnoreCase) == true
                        || error.Equals("Access Denied", StringComparison.OrdinalIgnoreCase);
        var hint = throttled
            ? ZohoCrmStrings.TokenHintThrottled
            : error switch
            {
                "invalid_code" => ZohoCrmStrings.TokenHintInvalidCode(_settings.DataCenter.Domain, _settings.AccountsServer),
                "invalid_client" => ZohoCrmStrings.TokenHintInvalidClient(_settings.DataCenter.Domain, _settings.AccountsServer),
                "invalid_client_secret" => ZohoCrmStrings.TokenHintInvalidClientSecret,
                "invalid_redirect_uri" => ZohoCrmStrings.TokenHintInvalidRedirectUri(_settings.CallbackUrl),
                "missing_org_info" => ZohoCrmStrings.TokenHintMissingOrgInfo,
                "invalid_scope" or "invalid_oauthscope" => ZohoCrmStrings.TokenHintInvalidScope(_settings.Scope),
                _ => ZohoCrmStrings.TokenHintOther(description),
            };
        _log.OAuth.TokenEndpointRefused(operation, error);
        return new ZohoCrmAuthenticationException(ZohoCrmStrings.TokenEndpointError(operation, error, hint), error, status, isTransient: throttled);
    }

    private static string ReadString(HttpContent content, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content.ReadAsStream(cancellationToken), System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
