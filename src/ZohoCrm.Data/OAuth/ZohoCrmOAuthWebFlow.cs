using System.Security.Cryptography;
using System.Text;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// OAuth for web apps, where each signed-in user authorizes their own Zoho access: send the user to
/// <see cref="BuildAuthorizationUri"/>, and in the redirect handler call <see cref="ExchangeCodeAsync"/>, which checks
/// <c>state</c> and saves the tokens under the user's key in the data source's token store. Requests then act for that
/// user when they carry <see cref="ZohoCrmOAuthHandler.UserOption"/>.
/// </summary>
/// <example>
/// <code>
/// // GET /zoho/connect
/// var state = ZohoCrmOAuthWebFlow.CreateState();
/// httpContext.Response.Cookies.Append("zoho_state", state, new() { HttpOnly = true, Secure = true });
/// return Results.Redirect(dataSource.WebFlow.BuildAuthorizationUri(state, callbackUri).AbsoluteUri);
///
/// // GET /zoho/callback?code=…&amp;state=…
/// await dataSource.WebFlow.ExchangeCodeAsync(code, state, httpContext.Request.Cookies["zoho_state"], callbackUri, userId, ct);
/// </code>
/// </example>
public sealed class ZohoCrmOAuthWebFlow
{
    private readonly ZohoCrmTokenManager _tokens;

    internal ZohoCrmOAuthWebFlow(ZohoCrmTokenManager tokens) => _tokens = tokens;

    /// <summary>A new random <c>state</c> value (URL-safe, 192 bits) to keep with the user's session.</summary>
    public static string CreateState() => ZohoCrmDesktopOAuthFlow.CreateState();

    /// <summary>The Zoho consent page to redirect the user to; <paramref name="redirectUri"/> must be registered for the client.</summary>
    public Uri BuildAuthorizationUri(string state, Uri redirectUri)
    {
        ArgumentException.ThrowIfNullOrEmpty(state);
        ArgumentNullException.ThrowIfNull(redirectUri);
        return _tokens.Client.BuildAuthorizationUri(state, redirectUri);
    }

    /// <summary>
    /// Checks that <paramref name="returnedState"/> (from the redirect) equals <paramref name="expectedState"/> (kept with the
    /// session), exchanges <paramref name="code"/> and saves the tokens under <paramref name="user"/>.
    /// </summary>
    /// <returns>The key the tokens were saved under.</returns>
    public async Task<ZohoCrmTokenKey> ExchangeCodeAsync(string code, string? returnedState, string? expectedState, Uri redirectUri, string user,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentException.ThrowIfNullOrEmpty(user);
        if (returnedState is null || expectedState is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(returnedState), Encoding.UTF8.GetBytes(expectedState)))
        {
            throw new ZohoCrmAuthenticationException(ZohoCrmStrings.WebFlowStateMismatch, "STATE_MISMATCH");
        }

        var token = await _tokens.Client.ExchangeCodeAsync(code, redirectUri, cancellationToken).ConfigureAwait(false);
        var key = _tokens.KeyFor(user);
        await _tokens.AcceptAsync(key, token, cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>
    /// Signs <paramref name="user"/> out: revokes their refresh token at Zoho (<c>POST {accounts}/oauth/v2/token/revoke</c>,
    /// which also ends the access tokens minted from it), then deletes their tokens from the store and from memory. The
    /// next request for the user needs a new authorization (<see cref="ExchangeCodeAsync"/>).
    /// </summary>
    /// <param name="user">The user whose tokens <see cref="ExchangeCodeAsync"/> saved.</param>
    /// <param name="forgetIfRevokeFails">
    /// What to do when Zoho cannot be reached or refuses the revoke (for example a token already revoked in Zoho):
    /// <see langword="false"/> (the default) keeps the stored tokens, so the revoke can be tried again and no live token
    /// is silently left behind at Zoho; <see langword="true"/> deletes them anyway. The failure is thrown in both cases.
    /// </param>
    /// <param name="cancellationToken">Cancels the revoke.</param>
    /// <exception cref="ZohoCrmAuthenticationException">
    /// The revoke failed; <see cref="ZohoCrmException.Code"/> is Zoho's error (such as <c>invalid_token</c>) and
    /// <see cref="ZohoCrmException.IsTransient"/> tells whether trying again may help.
    /// </exception>
    public Task SignOutAsync(string user, bool forgetIfRevokeFails = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        return _tokens.RevokeAsync(_tokens.KeyFor(user), forgetIfRevokeFails, cancellationToken).AsTask();
    }
}
