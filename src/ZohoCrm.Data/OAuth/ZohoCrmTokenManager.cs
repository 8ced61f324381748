using System.Collections.Concurrent;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Properties;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// Hands out access tokens for a data source: from memory while fresh, else from the store, else by the flow
/// <c>InitiateOAuth</c> selects. One refresh at a time per token key: within the process a semaphore, across processes
/// the store's refresh lock; after taking either, the token is checked again, so 50 requests meeting one expired token
/// cause one token call.
/// </summary>
internal sealed class ZohoCrmTokenManager
{
    /// <summary>How long before expiry a token is replaced, so a request never leaves with a token about to lapse.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<ZohoCrmTokenKey, Slot> _slots = new();
    private readonly ZohoCrmSettings _settings;
    private readonly ZohoCrmTokenClient _client;
    private readonly ZohoCrmDesktopOAuthFlow _desktop;
    private readonly TimeProvider _time;
    private readonly ZohoCrmLog _log;

    public ZohoCrmTokenManager(ZohoCrmSettings settings, IZohoCrmTokenStore store, ZohoCrmTokenClient client,
        ZohoCrmDesktopOAuthFlow desktop, TimeProvider time, ZohoCrmLog log)
    {
        _settings = settings;
        Store = store;
        _client = client;
        _desktop = desktop;
        _time = time;
        _log = log;
    }

    public IZohoCrmTokenStore Store { get; }

    public ZohoCrmTokenClient Client => _client;

    /// <summary>
    /// Where API calls go: the <c>ApiDomain</c> override if set, else the <c>api_domain</c> of the latest token
    /// response for the connection's own key, else the data centre's API domain.
    /// </summary>
    public Uri ApiBaseUri => ApiBaseUriFor(null);

    /// <summary>
    /// Where the calls of <paramref name="user"/> go: as <see cref="ApiBaseUri"/>, with the <c>api_domain</c> of that
    /// user's latest token response first (a user's tokens may be all the data source has).
    /// </summary>
    public Uri ApiBaseUriFor(string? user) =>
        _settings.ApiDomainIsOverridden
            ? _settings.ApiDomain
            : ApiDomainOf(user) ?? ApiDomainOf(null) ?? _settings.ApiDomain;

    private Uri? ApiDomainOf(string? user) => _slots.TryGetValue(KeyFor(user), out var slot) ? slot.Current?.ApiDomain : null;

    public ZohoCrmTokenKey KeyFor(string? user) =>
        new(_settings.OAuthClientId ?? "(access token)", string.IsNullOrEmpty(user) ? ZohoCrmTokenKey.DefaultUser : user, _settings.TokenDataCenter);

    /// <summary>
    /// Returns a fresh access token for <paramref name="user"/> (the connection's own key when null). Pass the token Zoho
    /// just refused as <paramref name="rejectedAccessToken"/> to get another one.
    /// </summary>
    public ValueTask<ZohoCrmToken> GetTokenAsync(string? user, string? rejectedAccessToken, CancellationToken cancellationToken) =>
        GetTokenAsync(user, rejectedAccessToken, async: true, cancellationToken);

    /// <summary>
    /// As <see cref="GetTokenAsync(string?, string?, CancellationToken)"/>; with <paramref name="async"/> false the token
    /// call is synchronous I/O. The token store's interface is asynchronous (a store of one's own may be a database): a
    /// store that does not complete synchronously (the built-in in-memory store does) makes a synchronous caller wait.
    /// </summary>
    public async ValueTask<ZohoCrmToken> GetTokenAsync(string? user, string? rejectedAccessToken, bool async, CancellationToken cancellationToken)
    {
        var key = KeyFor(user);
        var slot = _slots.GetOrAdd(key, static _ => new Slot());
        if (rejectedAccessToken is not null)
        {
            slot.Rejected = rejectedAccessToken;
        }

        if (IsUsable(slot.Current, rejectedAccessToken))
        {
            return slot.Current!;
        }

        if (async)
        {
            await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            slot.Gate.Wait(cancellationToken);
        }

        try
        {
            // Another caller may have refreshed while this one waited.
            if (IsUsable(slot.Current, rejectedAccessToken))
            {
                return slot.Current!;
            }

            if (_settings.InitiateOAuth == ZohoCrmInitiateOAuth.Off)
            {
                if (rejectedAccessToken == _settings.OAuthAccessToken)
                {
                    throw new ZohoCrmAuthenticationException(ZohoCrmStrings.AccessTokenRejectedWithOAuthOff, "INVALID_TOKEN", System.Net.HttpStatusCode.Unauthorized);
                }

                return slot.Current = new ZohoCrmToken(_settings.OAuthAccessToken!, null, null);
            }

            await using (await Store.AcquireRefreshLockAsync(key, cancellationToken).ConfigureAwait(false))
            {
                // Another process sharing the store may have refreshed while this one waited for the lock.
                var stored = await Store.GetAsync(key, cancellationToken).ConfigureAwait(false);
                if (IsUsable(stored, rejectedAccessToken))
                {
                    CheckApiDomain(stored!);
                    return slot.Current = stored!;
                }

                ZohoCrmToken fresh;
                try
                {
                    fresh = await ObtainAsync(key, stored ?? slot.Current, rejectedAccessToken, async, cancellationToken).ConfigureAwait(false);
                }
                catch (ZohoCrmAuthenticationException e) when (key.User != ZohoCrmTokenKey.DefaultUser && e.Code == "invalid_code")
                {
                    // A web app user's refresh token Zoho no longer takes: only the user can authorize again. Keeping
                    // the dead token would fail every request of theirs the same way.
                    await Store.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
                    slot.Current = null;
                    throw new ZohoCrmAuthorizationRequiredException(ZohoCrmStrings.UserRefreshTokenRefused(key.User), authorizationUri: null, key.User, e);
                }

                CheckApiDomain(fresh);
                await Store.SaveAsync(key, fresh, cancellationToken).ConfigureAwait(false);
                return slot.Current = fresh;
            }
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>Records that Zoho refused <paramref name="accessToken"/> as expired or invalid, before its refresh starts.</summary>
    public void NoteRejected(string? user, string accessToken) =>
        _slots.GetOrAdd(KeyFor(user), static _ => new Slot()).Rejected = accessToken;

    /// <summary>
    /// The token a request about to leave should carry instead of <paramref name="attached"/>, or null to keep it: the
    /// token a refresh brought since <paramref name="attached"/> was taken, or, when Zoho has refused
    /// <paramref name="attached"/> already, the one its refresh brings (waiting for that refresh, or making it, rather
    /// than sending a request certain to be refused).
    /// </summary>
    public async ValueTask<ZohoCrmToken?> ReplacementForAsync(string? user, string attached, bool async, CancellationToken cancellationToken)
    {
        if (!_slots.TryGetValue(KeyFor(user), out var slot))
        {
            return null;
        }

        if (slot.Rejected == attached)
        {
            return await GetTokenAsync(user, attached, async, cancellationToken).ConfigureAwait(false);
        }

        var current = slot.Current;
        return current is not null && current.AccessToken != attached && IsUsable(current, null) ? current : null;
    }

    /// <summary>Stores tokens obtained outside this manager (the web flow) and makes them current.</summary>
    public async ValueTask AcceptAsync(ZohoCrmTokenKey key, ZohoCrmToken token, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(key, static _ => new Slot());
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CheckApiDomain(token);
            await Store.SaveAsync(key, token, cancellationToken).ConfigureAwait(false);
            slot.Current = token;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>Makes <paramref name="token"/> current for <paramref name="key"/> in memory only, not in the store (see <see cref="Forget"/>).</summary>
    public void Hold(ZohoCrmTokenKey key, ZohoCrmToken token) => _slots.GetOrAdd(key, static _ => new Slot()).Current = token;

    /// <summary>Drops what memory holds for <paramref name="key"/>; the store is not touched.</summary>
    public void Forget(ZohoCrmTokenKey key) => _slots.TryRemove(key, out _);

    /// <summary>
    /// Revokes the refresh token of <paramref name="key"/> at Zoho, then deletes the stored tokens and forgets the one in
    /// memory. When the revoke fails, the tokens are deleted only if <paramref name="forgetIfRevokeFails"/>, and the
    /// failure is thrown either way. With no refresh token (nothing stored, or an access token only) there is nothing to
    /// revoke at Zoho: the tokens are just forgotten. The connection's own key falls back to <c>OAuthRefreshToken</c>.
    /// </summary>
    public async ValueTask RevokeAsync(ZohoCrmTokenKey key, bool forgetIfRevokeFails, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(key, static _ => new Slot());
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The store's lock keeps another process from refreshing with the token while it is being revoked.
            await using (await Store.AcquireRefreshLockAsync(key, cancellationToken).ConfigureAwait(false))
            {
                var stored = await Store.GetAsync(key, cancellationToken).ConfigureAwait(false);
                var own = key.User == ZohoCrmTokenKey.DefaultUser;
                if (((stored ?? slot.Current)?.RefreshToken ?? (own ? _settings.OAuthRefreshToken : null)) is { } refreshToken)
                {
                    try
                    {
                        await _client.RevokeAsync(refreshToken, cancellationToken).ConfigureAwait(false);
                    }
                    catch (ZohoCrmAuthenticationException) when (forgetIfRevokeFails)
                    {
                        _log.OAuth.RevokeFailedTokensForgotten(key.User);
                        await Store.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
                        slot.Current = null;
                        throw;
                    }
                }

                await Store.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
                slot.Current = null;
            }
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private bool IsUsable(ZohoCrmToken? token, string? rejectedAccessToken) =>
        token is not null && token.AccessToken != rejectedAccessToken && token.IsFresh(_time.GetUtcNow(), RefreshMargin);

    // Refresh and client credentials (what a running app does) follow async; the interactive grants are asynchronous only.
    private async Task<ZohoCrmToken> ObtainAsync(ZohoCrmTokenKey key, ZohoCrmToken? previous, string? rejectedAccessToken, bool async, CancellationToken cancellationToken)
    {
        var own = key.User == ZohoCrmTokenKey.DefaultUser;

        // An access token from the settings is used as given until Zoho refuses it (its expiry is unknown).
        if (own && previous is null && _settings.OAuthAccessToken is { } given && given != rejectedAccessToken)
        {
            return new ZohoCrmToken(given, _settings.OAuthRefreshToken, null);
        }

        if ((previous?.RefreshToken ?? (own ? _settings.OAuthRefreshToken : null)) is { } refreshToken)
        {
            return await _client.RefreshAsync(refreshToken, async, cancellationToken).ConfigureAwait(false);
        }

        if (!own)
        {
            throw new ZohoCrmAuthorizationRequiredException(ZohoCrmStrings.NoTokenForUser(key.User), authorizationUri: null, key.User);
        }

        if (_settings.OAuthSoid is not null)
        {
            return await _client.ClientCredentialsAsync(async, cancellationToken).ConfigureAwait(false);
        }

        if (_settings.OAuthVerifier is { } code)
        {
            // A code from the headless flow was issued for CallbackURL; a self-client code has no redirect URI.
            var redirectUri = _settings.InitiateOAuth == ZohoCrmInitiateOAuth.GetAndRefresh || _settings.CallbackUrlIsExplicit ? _settings.CallbackUrl : null;
            return await _client.ExchangeCodeAsync(code, redirectUri, cancellationToken).ConfigureAwait(false);
        }

        if (_settings.InitiateOAuth == ZohoCrmInitiateOAuth.GetAndRefresh)
        {
            return await _desktop.AuthorizeAsync(cancellationToken).ConfigureAwait(false);
        }

        throw new ZohoCrmAuthenticationException(
            previous is null ? ZohoCrmStrings.RefreshNeedsAGrant : ZohoCrmStrings.AccessTokenRejectedWithoutRefreshToken, "AUTHORIZATION_REQUIRED");
    }

    /// <summary>
    /// The bearer token goes only to Zoho: unless the user named the servers (<c>AccountsServer</c>, <c>ApiDomain</c>:
    /// an emulator, a proxy they chose), a token response's <c>api_domain</c> must be HTTPS on a Zoho CRM API host of a
    /// known data centre, or the token is refused before it is stored or used. Another data centre's host is followed
    /// with a warning (Zoho moves orgs).
    /// </summary>
    private void CheckApiDomain(ZohoCrmToken token)
    {
        if (token.ApiDomain is not { } apiDomain)
        {
            return;
        }

        if (!_settings.ApiDomainIsOverridden && !_settings.AccountsServerIsOverridden && !IsZohoApiDomain(apiDomain))
        {
            throw new ZohoCrmAuthenticationException(ZohoCrmStrings.ApiDomainNotZoho(apiDomain.OriginalString, _settings.AccountsServer), "INVALID_API_DOMAIN");
        }

        if (_settings.ApiDomainIsOverridden)
        {
            if (!SameOrigin(apiDomain, _settings.ApiDomain))
            {
                _log.OAuth.ApiDomainSettingKept(apiDomain, _settings.ApiDomain);
            }
        }
        else if (!_settings.AccountsServerIsOverridden && !SameOrigin(apiDomain, _settings.ApiDomain))
        {
            _log.OAuth.ApiDomainFollowed(apiDomain, _settings.DataCenter.Domain, _settings.Environment.ToString().ToLowerInvariant(), _settings.ApiDomain);
        }
    }

    internal static bool IsZohoApiDomain(Uri uri) =>
        uri.IsAbsoluteUri && uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && uri.UserInfo.Length == 0
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && ZohoCrmDataCenter.Domains.Any(domain => ZohoCrmDataCenter.TryFind(domain, out var dataCenter)
            && Enum.GetValues<ZohoCrmEnvironment>().Any(environment =>
                string.Equals(dataCenter.GetApiDomain(environment).Host, uri.Host, StringComparison.OrdinalIgnoreCase)));

    private static bool SameOrigin(Uri a, Uri b) => Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private sealed class Slot
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public volatile ZohoCrmToken? Current;

        // The access token Zoho last refused as expired or invalid: requests still carrying it wait for its refresh.
        public volatile string? Rejected;
    }
}
