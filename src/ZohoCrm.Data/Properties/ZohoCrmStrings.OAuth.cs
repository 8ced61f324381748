namespace ZohoCrm.Data.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>The token operation of a grant-code exchange.</summary>
    public static string TokenOperationExchange => "exchanging the grant code for tokens";

    /// <summary>The token operation of a refresh.</summary>
    public static string TokenOperationRefresh => "refreshing the access token";

    /// <summary>The token operation of a client-credentials grant.</summary>
    public static string TokenOperationClientCredentials => "getting a token with client credentials (OAuthSoid)";

    /// <summary>An error answer from the token endpoint.</summary>
    public static string TokenEndpointError(string operation, string error, string hint) =>
        Format("Zoho's token endpoint refused {0} with '{1}'. {2}", operation, error, hint);

    /// <summary>invalid_code.</summary>
    public static string TokenHintInvalidCode(string domain, Uri accountsServer) =>
        Format("Usually the refresh token was revoked or deleted (Zoho keeps 20 per user), the grant code expired (codes live about two minutes) or was already used, or the token was issued by another data centre than Domain={0} ({1}). Get a new grant code (OAuthVerifier) or refresh token, or set Domain to the data centre that issued it.", domain, accountsServer);

    /// <summary>invalid_client.</summary>
    public static string TokenHintInvalidClient(string domain, Uri accountsServer) =>
        Format("OAuthClientId is wrong, or the client is registered in another data centre than Domain={0} ({1}). Check the client in the API console of the data centre the org lives in.", domain, accountsServer);

    /// <summary>invalid_client_secret.</summary>
    public static string TokenHintInvalidClientSecret => "OAuthClientSecret does not belong to OAuthClientId. Copy the secret again from the Zoho API console.";

    /// <summary>invalid_redirect_uri.</summary>
    public static string TokenHintInvalidRedirectUri(Uri callback) =>
        Format("The redirect URI ({0}) is not one of the client's registered redirect URIs. Register it in the Zoho API console or set CallbackURL to a registered one.", callback);

    /// <summary>missing_org_info.</summary>
    public static string TokenHintMissingOrgInfo => "The client-credentials grant needs the org: set OAuthSoid to ZohoCRM.<org id>.";

    /// <summary>invalid scope.</summary>
    public static string TokenHintInvalidScope(string scope) => Format("The Scope setting ('{0}') names a scope Zoho does not know. Check the spelling of each scope.", scope);

    /// <summary>Throttled token requests.</summary>
    public static string TokenHintThrottled =>
        "Too many token requests in a short time: Zoho allows about 10 access tokens per refresh token every 10 minutes and then blocks the client for a while. Wait several minutes before connecting again, and keep tokens in a token store (OAuthSettingsLocation) so they are reused.";

    /// <summary>Other token errors.</summary>
    public static string TokenHintOther(string? description) =>
        description is null ? "Check the OAuth settings against the Zoho API console." : Format("Zoho says: {0}", description);

    /// <summary>Token endpoint unreachable.</summary>
    public static string TokenEndpointUnreachable(Uri endpoint, string operation, string reason) =>
        Format("Could not reach Zoho's token endpoint {0} while {1}: {2} Check the network, the proxy settings and AccountsServer.", endpoint, operation, reason);

    /// <summary>A token endpoint answer that is not JSON.</summary>
    public static string TokenEndpointNotJson(Uri endpoint, string operation, int status) =>
        Format("Zoho's token endpoint {0} answered HTTP {1} with a body that is not JSON while {2}. Check AccountsServer points at a Zoho accounts server.", endpoint, status, operation);

    /// <summary>A token endpoint answer without access_token.</summary>
    public static string TokenEndpointNoAccessToken(Uri endpoint, string operation, int status) =>
        Format("Zoho's token endpoint {0} answered HTTP {1} without an access_token while {2}. Check AccountsServer points at a Zoho accounts server.", endpoint, status, operation);

    /// <summary>OFF and the given token was refused.</summary>
    public static string AccessTokenRejectedWithOAuthOff =>
        "Zoho CRM refused OAuthAccessToken (INVALID_TOKEN): it has expired (access tokens live one hour) or was revoked, and InitiateOAuth=OFF never gets a new one. Give a new OAuthAccessToken, or set InitiateOAuth=REFRESH with OAuthClientId, OAuthClientSecret and OAuthRefreshToken.";

    /// <summary>A token was refused and there is no refresh token.</summary>
    public static string AccessTokenRejectedWithoutRefreshToken =>
        "Zoho CRM refused the access token (INVALID_TOKEN) and there is no refresh token to get another. Set OAuthRefreshToken, or OAuthVerifier with a new grant code, or use InitiateOAuth=GETANDREFRESH to sign in again.";

    /// <summary>REFRESH without anything to refresh from.</summary>
    public static string RefreshNeedsAGrant =>
        "InitiateOAuth=REFRESH needs something to get tokens from, and the token store has nothing for this client. Set OAuthRefreshToken, or OAuthVerifier with a grant code (a self client's, from the Zoho API console), or OAuthSoid for client credentials, or use InitiateOAuth=GETANDREFRESH to sign in through the browser.";

    /// <summary>A web-app user whose refresh token Zoho refuses.</summary>
    public static string UserRefreshTokenRefused(string user) =>
        Format("Zoho no longer accepts the refresh token of the user '{0}' (revoked in Zoho, or dropped when the user got more than 20): the user must authorize Zoho access again. Their stored tokens were deleted; send them through ZohoCrmOAuthWebFlow (redirect to BuildAuthorizationUri, then ExchangeCodeAsync in the redirect handler).", user);

    /// <summary>A web-app user without tokens.</summary>
    public static string NoTokenForUser(string user) =>
        Format("No Zoho token is stored for the user '{0}': the user has not authorized Zoho access yet, or was signed out. Send the user through ZohoCrmOAuthWebFlow (redirect to BuildAuthorizationUri, then ExchangeCodeAsync in the redirect handler) before acting as them.", user);

    /// <summary>A token refused right after it was obtained.</summary>
    public static string FreshTokenRejected(string request) =>
        Format("Zoho CRM refused a newly issued access token (INVALID_TOKEN) for {0}. The token is probably from another data centre or environment than the API domain: check Domain, Environment and ApiDomain.", request);

    /// <summary>OAUTH_SCOPE_MISMATCH.</summary>
    public static string ScopeMismatch(string request, string needed, string scope) =>
        Format("Zoho CRM refused {0} with OAUTH_SCOPE_MISMATCH: the token lacks the scope {1}. The Scope setting is '{2}'. Add the scope, then authorize again (a new grant code or sign-in: a refresh token keeps the scopes it was granted with).", request, needed, scope);

    /// <summary>AUTHENTICATION_FAILURE.</summary>
    public static string AuthenticationFailure(string request, string domain) =>
        Format("Zoho CRM refused {0} with AUTHENTICATION_FAILURE: it did not accept the Authorization header. Check that the token was issued for Domain={1} and that no proxy strips the header.", request, domain);

    /// <summary>The listener could not start.</summary>
    public static string DesktopFlowCannotListen(Uri callback, string reason) =>
        Format("Could not listen on CallbackURL {0} for the sign-in redirect: {1} Free the port, or register another loopback redirect URI for the client and set CallbackURL to it.", callback, reason);

    /// <summary>The headless flow: no browser.</summary>
    public static string HeadlessAuthorizationRequired(Uri authorizationUri, Uri callback) =>
        Format("Zoho CRM needs a sign-in and no browser can be opened here. Open {0} in a browser anywhere, sign in and accept; the browser is then sent to {1}?code=…: copy the code parameter and, within two minutes, connect again with OAuthVerifier=<code> (same CallbackURL).", authorizationUri, callback);

    /// <summary>Nobody completed the sign-in in time.</summary>
    public static string DesktopFlowTimedOut(TimeSpan timeout, Uri authorizationUri) =>
        Format("No sign-in came back within {0}. Connect again and complete the sign-in in the browser, or open {1} yourself.", timeout, authorizationUri);

    /// <summary>The user declined.</summary>
    public static string DesktopFlowDenied(string error) =>
        Format("The Zoho sign-in ended with '{0}' (the access request was declined or failed). Connect again and accept the access request.", error);

    /// <summary>Page: signed in.</summary>
    public static string DesktopFlowPageSignedIn => "Signed in to Zoho CRM. You can close this window.";

    /// <summary>Page: declined.</summary>
    public static string DesktopFlowPageDenied => "The Zoho sign-in was not completed. You can close this window.";

    /// <summary>Page: state mismatch.</summary>
    public static string DesktopFlowPageStateMismatch => "This sign-in response does not belong to the sign-in in progress and was ignored.";

    /// <summary>Page: no code.</summary>
    public static string DesktopFlowPageNoCode => "This sign-in response carries no code and was ignored.";

    /// <summary>Page: unknown path.</summary>
    public static string DesktopFlowPageNotFound => "Not found.";

    /// <summary>Web flow: state mismatch.</summary>
    /// <summary>The users API named no current user after a web sign-in.</summary>
    public static string WebFlowNoCurrentUser =>
        "Zoho exchanged the sign-in code, but GET /crm/v8/users?type=CurrentUser named no user, so the tokens could not be saved under the user's id. Check that the OAuth scope includes ZohoCRM.users.READ, or use ExchangeCodeAsync with an identity of your own.";

    public static string WebFlowStateMismatch =>
        "The state returned by Zoho does not match the state kept for this user's sign-in, so the code was not exchanged (a stale or forged redirect). Start the sign-in again.";

    /// <summary>A corrupt token file.</summary>
    public static string TokenFileCorrupt(string path, string reason) =>
        Format("The token file '{0}' (OAuthSettingsLocation) is not a valid token file: {1} It was left as it is so no token is lost. Repair it, or delete it to sign in again.", path, reason);

    /// <summary>A lock file held too long.</summary>
    public static string TokenFileLockTimeout(string path, TimeSpan waited) =>
        Format("Waited {0} for the lock file '{1}' held by another process using the same token file. Check for a process stuck in a sign-in.", waited, path);

    /// <summary>The token operation of a revoke.</summary>
    public static string TokenOperationRevoke => "revoking the refresh token";

    /// <summary>A refused or failed revoke.</summary>
    public static string TokenHintRevokeRefused(string domain, Uri accountsServer) =>
        Format("The refresh token may already be revoked, or belong to another data centre than Domain={0} ({1}). If the app is still listed in Zoho Accounts (Sessions > Connected Apps), remove it there.", domain, accountsServer);

    /// <summary>A token response named an API domain that is not Zoho's.</summary>
    public static string ApiDomainNotZoho(string apiDomain, Uri accountsServer) =>
        Format("The token response from {1} names {0} as the API domain, which is not HTTPS on a Zoho CRM API host (www., sandbox. or developer.zohoapis.<data centre>, such as https://www.zohoapis.eu): no request was sent there, so the access token did not leave for it. If your org really is served from there (an emulator, or a proxy you chose), set ApiDomain to it, or AccountsServer to the server that issues its tokens; otherwise check the network path to the accounts server.", apiDomain, accountsServer);
}
