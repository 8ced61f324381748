using System.Security.Cryptography;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Domain.OAuth;

/// <summary>
/// The accounts server's state: grant codes, refresh tokens and access tokens, with Zoho's lifetimes and limits
/// measured on the emulator clock. Thread-safe. Tokens survive <c>/_emulator/reset</c>, so clients keep working.
/// </summary>
public sealed class OAuthServer
{
    /// <summary>Zoho Accounts: a grant code lives 2 minutes and is single use.</summary>
    public static readonly TimeSpan GrantCodeLifetime = TimeSpan.FromMinutes(2);

    /// <summary>The window of the minting throttle (Zoho: 10 access tokens per refresh token per 10 minutes).</summary>
    public static readonly TimeSpan MintWindow = TimeSpan.FromMinutes(10);

    /// <summary>Zoho: a refresh token has at most 30 live access tokens; the 31st deletes the oldest.</summary>
    public const int MaxAccessTokensPerRefreshToken = 30;

    /// <summary>Zoho: a user has at most 20 refresh tokens per client; the 21st deletes the oldest.</summary>
    public const int MaxRefreshTokensPerClient = 20;

    private readonly object _gate = new();
    private readonly EmulatorSettings _settings;
    private readonly EmulatorClock _clock;
    private readonly long _orgId;
    private readonly long _defaultUserId;
    private readonly Dictionary<string, OAuthClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GrantCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshTokenState> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuedAccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _mints = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consentedClients = new(StringComparer.Ordinal);
    private long _issueOrder;

    public OAuthServer(EmulatorSettings settings, EmulatorClock clock, long orgId, long defaultUserId = 0)
    {
        _settings = settings;
        _clock = clock;
        _orgId = orgId;
        _defaultUserId = defaultUserId;
    }

    /// <summary>The value <c>soid</c> must carry for the client-credentials grant.</summary>
    public string ServiceOrgId => "ZohoCRM." + _orgId;

    public void RegisterClient(OAuthClient client)
    {
        lock (_gate)
        {
            _clients[client.ClientId] = client;
        }
    }

    /// <summary>Registers a refresh token that exists from the start (the emulator's documented default), of <paramref name="userId"/> (the administrator when null).</summary>
    public void RegisterRefreshToken(string clientId, string refreshToken, ScopeSet scopes, long? userId = null)
    {
        lock (_gate)
        {
            var user = userId ?? _defaultUserId;
            _refreshTokens[refreshToken] = new RefreshTokenState(refreshToken, clientId, scopes, ++_issueOrder, user);
            _consentedClients.Add(ConsentKey(clientId, user));
        }
    }

    /// <summary>Forgets the minting history, lifting every throttle (part of <c>/_emulator/reset</c>).</summary>
    public void ResetThrottle()
    {
        lock (_gate)
        {
            _mints.Clear();
        }
    }

    public OAuthClient? FindClient(string? clientId)
    {
        if (clientId is null)
        {
            return null;
        }

        lock (_gate)
        {
            return _clients.GetValueOrDefault(clientId);
        }
    }

    /// <summary>Checks a consent-page request; returns null when it may be shown, else the error code.</summary>
    public string? ValidateAuthorizationRequest(string? clientId, string? redirectUri, string? responseType, string? scope)
    {
        var client = FindClient(clientId);
        if (client is null)
        {
            return OAuthErrors.InvalidClient;
        }

        if (!client.IsRegisteredRedirectUri(redirectUri))
        {
            return OAuthErrors.InvalidRedirectUri;
        }

        if (!string.Equals(responseType, "code", StringComparison.Ordinal))
        {
            return OAuthErrors.UnsupportedResponseType;
        }

        return ParseScopes(scope) is null ? OAuthErrors.InvalidScope : null;
    }

    /// <summary>Issues a grant code after <paramref name="userId"/>'s consent (the administrator when null). The request must have passed <see cref="ValidateAuthorizationRequest"/>.</summary>
    public string IssueGrantCode(string clientId, string redirectUri, string scope, string? accessType, string? prompt, long? userId = null)
    {
        var user = userId ?? _defaultUserId;
        var scopes = ParseScopes(scope) ?? throw new ArgumentException("The scope list is not valid.", nameof(scope));
        var offline = string.Equals(accessType, "offline", StringComparison.OrdinalIgnoreCase);
        var forceConsent = string.Equals(prompt, "consent", StringComparison.OrdinalIgnoreCase);
        var code = NewToken();
        lock (_gate)
        {
            // Zoho issues a refresh token on first consent only, unless prompt=consent asks again.
            var issueRefresh = offline && (forceConsent || !_settings.Strict || !_consentedClients.Contains(ConsentKey(clientId, user)));
            _codes[code] = new GrantCode(clientId, redirectUri, scopes, issueRefresh, _clock.UtcNow + GrantCodeLifetime, user);
            if (offline)
            {
                _consentedClients.Add(ConsentKey(clientId, user));
            }
        }

        return code;
    }

    public TokenOutcome ExchangeCode(string? clientId, string? clientSecret, string? code, string? redirectUri)
    {
        lock (_gate)
        {
            if (CheckClient(clientId, clientSecret) is { } refused)
            {
                return refused;
            }

            if (code is null || !_codes.Remove(code, out var grant) || grant.ClientId != clientId || grant.ExpiresAt <= _clock.UtcNow)
            {
                return new TokenRefused(OAuthErrors.InvalidCode);
            }

            // A self-client exchange may leave redirect_uri out; a given one must be the one consented to.
            if (!string.IsNullOrEmpty(redirectUri) && !string.Equals(redirectUri, grant.RedirectUri, StringComparison.Ordinal))
            {
                return new TokenRefused(OAuthErrors.InvalidRedirectUri);
            }

            string? refreshToken = null;
            var mintKey = "code:" + code;
            if (grant.IssueRefreshToken)
            {
                refreshToken = NewToken();
                AddRefreshToken(new RefreshTokenState(refreshToken, grant.ClientId, grant.Scopes, ++_issueOrder, grant.UserId));
                mintKey = refreshToken;
            }

            return MintAccessToken(grant.ClientId, grant.Scopes, refreshToken, mintKey, refreshToken, grant.UserId);
        }
    }

    public TokenOutcome Refresh(string? clientId, string? clientSecret, string? refreshToken)
    {
        lock (_gate)
        {
            if (CheckClient(clientId, clientSecret) is { } refused)
            {
                return refused;
            }

            if (refreshToken is null || !_refreshTokens.TryGetValue(refreshToken, out var state) || state.ClientId != clientId)
            {
                return new TokenRefused(OAuthErrors.InvalidCode);
            }

            if (Throttle(refreshToken) is { } throttled)
            {
                return throttled;
            }

            return MintAccessToken(clientId!, state.Scopes, refreshToken, refreshToken, refreshTokenInResponse: null, state.UserId);
        }
    }

    public TokenOutcome ClientCredentials(string? clientId, string? clientSecret, string? scope, string? soid)
    {
        lock (_gate)
        {
            if (CheckClient(clientId, clientSecret) is { } refused)
            {
                return refused;
            }

            // Zoho answers missing_org_info when soid is absent; an soid of another org cannot mint for this one either.
            if (!string.Equals(soid, ServiceOrgId, StringComparison.OrdinalIgnoreCase))
            {
                return new TokenRefused(OAuthErrors.MissingOrgInfo);
            }

            var scopes = ParseScopes(scope);
            if (scopes is null)
            {
                return new TokenRefused(OAuthErrors.InvalidScope);
            }

            var mintKey = "client:" + clientId;
            if (Throttle(mintKey) is { } throttled)
            {
                return throttled;
            }

            return MintAccessToken(clientId!, scopes, owner: null, mintKey, refreshTokenInResponse: null, _defaultUserId);
        }
    }

    /// <summary>Revokes a refresh token (with its access tokens) or a single access token.</summary>
    public bool Revoke(string? token)
    {
        if (token is null)
        {
            return false;
        }

        lock (_gate)
        {
            if (_refreshTokens.Remove(token, out var state))
            {
                foreach (var access in state.AccessTokens)
                {
                    _accessTokens.Remove(access);
                }

                return true;
            }

            return _accessTokens.Remove(token);
        }
    }

    public AccessTokenCheck Authenticate(string accessToken)
    {
        lock (_gate)
        {
            if (!_accessTokens.TryGetValue(accessToken, out var state))
            {
                return new AccessTokenCheck(AccessTokenState.Unknown, null);
            }

            return state.ExpiresAt <= _clock.UtcNow
                ? new AccessTokenCheck(AccessTokenState.Expired, state.Scopes, state.UserId)
                : new AccessTokenCheck(AccessTokenState.Valid, state.Scopes, state.UserId);
        }
    }

    /// <summary>Parses a scope list; null when it is empty or has an entry that is not a Zoho scope.</summary>
    public static ScopeSet? ParseScopes(string? scope)
    {
        var items = ZohoScope.SplitList(scope);
        if (items.Count == 0)
        {
            return null;
        }

        var parsed = items.Select(ZohoScope.TryParse).ToList();
        return parsed.Any(s => s is null) ? null : new ScopeSet(parsed!);
    }

    private TokenRefused? CheckClient(string? clientId, string? clientSecret)
    {
        if (clientId is null || !_clients.TryGetValue(clientId, out var client))
        {
            return new TokenRefused(OAuthErrors.InvalidClient);
        }

        return client.SecretMatches(clientSecret) ? null : new TokenRefused(OAuthErrors.InvalidClientSecret);
    }

    private TokenThrottled? Throttle(string mintKey)
    {
        var now = _clock.UtcNow;
        if (!_mints.TryGetValue(mintKey, out var times))
        {
            return null;
        }

        while (times.Count > 0 && times.Peek() <= now - MintWindow)
        {
            times.Dequeue();
        }

        if (times.Count < _settings.TokenMintLimit)
        {
            return null;
        }

        return new TokenThrottled(times.Peek() + MintWindow - now);
    }

    private TokensIssued MintAccessToken(string clientId, ScopeSet scopes, string? owner, string mintKey, string? refreshTokenInResponse, long userId)
    {
        var now = _clock.UtcNow;
        var lifetime = _settings.TokenLifetimeSeconds;
        var token = NewToken();
        _accessTokens[token] = new IssuedAccessToken(clientId, scopes, now.AddSeconds(lifetime), userId);
        if (!_mints.TryGetValue(mintKey, out var times))
        {
            _mints[mintKey] = times = new Queue<DateTimeOffset>();
        }

        times.Enqueue(now);
        if (owner is not null && _refreshTokens.TryGetValue(owner, out var state))
        {
            state.AccessTokens.Enqueue(token);
            while (state.AccessTokens.Count > MaxAccessTokensPerRefreshToken)
            {
                _accessTokens.Remove(state.AccessTokens.Dequeue());
            }
        }

        return new TokensIssued(token, refreshTokenInResponse, scopes, lifetime);
    }

    private void AddRefreshToken(RefreshTokenState state)
    {
        _refreshTokens[state.Token] = state;
        var ofClient = _refreshTokens.Values.Where(r => r.ClientId == state.ClientId).OrderBy(r => r.Order).ToList();
        foreach (var oldest in ofClient.Take(Math.Max(0, ofClient.Count - MaxRefreshTokensPerClient)))
        {
            Revoke(oldest.Token);
        }
    }

    /// <summary>Zoho-shaped: <c>1000.</c> and two groups of 32 hex digits.</summary>
    private static string NewToken() =>
        "1000." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    // Zoho asks each user for consent once per client.
    private static string ConsentKey(string clientId, long userId) => clientId + "/" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record GrantCode(string ClientId, string RedirectUri, ScopeSet Scopes, bool IssueRefreshToken, DateTimeOffset ExpiresAt, long UserId);

    private sealed class RefreshTokenState(string token, string clientId, ScopeSet scopes, long order, long userId)
    {
        public long UserId { get; } = userId;
        public string Token { get; } = token;
        public string ClientId { get; } = clientId;
        public ScopeSet Scopes { get; } = scopes;
        public long Order { get; } = order;
        public Queue<string> AccessTokens { get; } = new();
    }

    private sealed record IssuedAccessToken(string ClientId, ScopeSet Scopes, DateTimeOffset ExpiresAt, long UserId);
}
