using System.Net;

namespace ZohoCrm.Data;

/// <summary>
/// Zoho refused to authenticate: the token endpoint answered with an error (<see cref="ZohoCrmException.Code"/> is
/// Zoho's, e.g. <c>invalid_code</c>), or the API refused a token (<c>INVALID_TOKEN</c>, <c>AUTHENTICATION_FAILURE</c>,
/// <c>OAUTH_SCOPE_MISMATCH</c>). The message says what usually causes it and what to do; it never contains a secret.
/// </summary>
public class ZohoCrmAuthenticationException : ZohoCrmException
{
    /// <summary>Creates an authentication exception.</summary>
    public ZohoCrmAuthenticationException(string message, string? code = null, HttpStatusCode? statusCode = null,
        IReadOnlyDictionary<string, object?>? details = null, bool isTransient = false, Exception? innerException = null)
        : base(message, code, statusCode, details, isTransient, innerException)
    {
    }
}

/// <summary>
/// No token is at hand and none can be obtained without a person signing in. For a connection string's own tokens (the
/// headless flow, or <c>InitiateOAuth=GETANDREFRESH</c> where no browser can be opened): open
/// <see cref="AuthorizationUri"/> in a browser, sign in, copy the <c>code</c> parameter of the page Zoho redirects to,
/// and connect again with <c>OAuthVerifier=&lt;code&gt;</c> within two minutes. For a web app's signed-in user
/// (<see cref="User"/> is set, <see cref="AuthorizationUri"/> is null): the user has not authorized Zoho access yet or
/// was signed out; send them through <see cref="OAuth.ZohoCrmOAuthWebFlow"/> again.
/// </summary>
public sealed class ZohoCrmAuthorizationRequiredException : ZohoCrmAuthenticationException
{
    /// <summary>Creates the exception for an authorization URL.</summary>
    public ZohoCrmAuthorizationRequiredException(string message, Uri authorizationUri)
        : this(message, authorizationUri, user: null)
    {
    }

    /// <summary>Creates the exception for an authorization URL, or for a web app's user who has no tokens.</summary>
    public ZohoCrmAuthorizationRequiredException(string message, Uri? authorizationUri, string? user)
        : this(message, authorizationUri, user, innerException: null)
    {
    }

    /// <summary>As <see cref="ZohoCrmAuthorizationRequiredException(string, Uri?, string?)"/>, with the refusal that made authorization necessary.</summary>
    public ZohoCrmAuthorizationRequiredException(string message, Uri? authorizationUri, string? user, Exception? innerException)
        : base(message, "AUTHORIZATION_REQUIRED", innerException: innerException)
    {
        AuthorizationUri = authorizationUri;
        User = user;
    }

    /// <summary>
    /// The Zoho sign-in and consent page to open; null for a web app's user, whose authorization URL the app builds
    /// with its own state and redirect URI (<see cref="OAuth.ZohoCrmOAuthWebFlow.BuildAuthorizationUri"/>).
    /// </summary>
    public Uri? AuthorizationUri { get; }

    /// <summary>The web app's user who must authorize Zoho access (<see cref="ZohoCrmConnection.User"/>), or null.</summary>
    public string? User { get; }
}
