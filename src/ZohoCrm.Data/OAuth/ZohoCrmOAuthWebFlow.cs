using System.Security.Cryptography;
using System.Text;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// OAuth for web apps, where each signed-in user authorizes their own Zoho access: send the user to
/// <see cref="BuildAuthorizationUri"/>, and in the redirect handler call <see cref="SignInAsync"/> (or
/// <see cref="ExchangeCodeAsync"/> with an identity of your own), which checks <c>state</c> and saves the tokens under
/// the user's key in the data source's token store. A connection then acts for that user with
/// <see cref="ZohoCrmConnection.User"/> (EF Core: <c>Database.SetZohoCrmUser</c>); <see cref="SignOutAsync"/> revokes.
/// </summary>
/// <example>
/// <code>
/// // GET /zoho/connect
/// var state = ZohoCrmOAuthWebFlow.CreateState();
/// httpContext.Response.Cookies.Append("zoho_state", state, new() { HttpOnly = true, Secure = true });
/// return Results.Redirect(dataSource.WebFlow.BuildAuthorizationUri(state, callbackUri).AbsoluteUri);
///
/// // GET /zoho/callback?code=…&amp;state=…
/// var user = await dataSource.WebFlow.SignInAsync(code, state, httpContext.Request.Cookies["zoho_state"], callbackUri, ct);
/// // sign user.Id in (a cookie), then per request: connection.User = user.Id
/// </code>
/// </example>
public sealed class ZohoCrmOAuthWebFlow
{
    private readonly ZohoCrmDataSource _dataSource;

    internal ZohoCrmOAuthWebFlow(ZohoCrmDataSource dataSource) => _dataSource = dataSource;

    private ZohoCrmTokenManager Tokens => _dataSource.Tokens;

    /// <summary>A new random <c>state</c> value (URL-safe, 192 bits) to keep with the user's session.</summary>
    public static string CreateState() => ZohoCrmDesktopOAuthFlow.CreateState();

    /// <summary>The Zoho consent page to redirect the user to; <paramref name="redirectUri"/> must be registered for the client.</summary>
    public Uri BuildAuthorizationUri(string state, Uri redirectUri)
    {
        ArgumentException.ThrowIfNullOrEmpty(state);
        ArgumentNullException.ThrowIfNull(redirectUri);
        return Tokens.Client.BuildAuthorizationUri(state, redirectUri);
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
        CheckState(returnedState, expectedState);
        var token = await Tokens.Client.ExchangeCodeAsync(code, redirectUri, cancellationToken).ConfigureAwait(false);
        var key = Tokens.KeyFor(user);
        await Tokens.AcceptAsync(key, token, cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>
    /// As <see cref="ExchangeCodeAsync"/> for an app whose users are Zoho's own: after the exchange, asks Zoho who
    /// granted the code (<c>GET /crm/v8/users?type=CurrentUser</c>, scope <c>ZohoCRM.users.READ</c>) and saves the
    /// tokens under that user's Zoho id. Use the returned <see cref="Api.ZohoCrmUser.Id"/> as the signed-in user's
    /// identity and as <see cref="ZohoCrmConnection.User"/>; the same person signing in again finds the same key.
    /// </summary>
    /// <returns>The Zoho CRM user who signed in.</returns>
    /// <exception cref="ZohoCrmAuthenticationException">The state does not match, or Zoho refused the code (used already, expired).</exception>
    public async Task<Api.ZohoCrmUser> SignInAsync(string code, string? returnedState, string? expectedState, Uri redirectUri,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(redirectUri);
        CheckState(returnedState, expectedState);
        var token = await Tokens.Client.ExchangeCodeAsync(code, redirectUri, cancellationToken).ConfigureAwait(false);

        // The user is known only once Zoho is asked with the new token: it is held in memory under a key of its own meanwhile.
        var pending = "(signing in) " + CreateState();
        Tokens.Hold(Tokens.KeyFor(pending), token);
        try
        {
            var api = await _dataSource.Execution.ForUser(pending).GetApiClientAsync(cancellationToken).ConfigureAwait(false);
            var user = (await api.GetUsersAsync("CurrentUser", cancellationToken).ConfigureAwait(false)).FirstOrDefault()
                       ?? throw new ZohoCrmAuthenticationException(ZohoCrmStrings.WebFlowNoCurrentUser, "NO_CURRENT_USER");
            await Tokens.AcceptAsync(Tokens.KeyFor(user.Id), token, cancellationToken).ConfigureAwait(false);
            return user;
        }
        finally
        {
            Tokens.Forget(Tokens.KeyFor(pending));
        }
    }

    private static void CheckState(string? returnedState, string? expectedState)
    {
        if (returnedState is null || expectedState is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(returnedState), Encoding.UTF8.GetBytes(expectedState)))
        {
            throw new ZohoCrmAuthenticationException(ZohoCrmStrings.WebFlowStateMismatch, "STATE_MISMATCH");
        }
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
        return Tokens.RevokeAsync(Tokens.KeyFor(user), forgetIfRevokeFails, cancellationToken).AsTask();
    }
}
