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
/// No token is at hand and none can be obtained without a person signing in (the headless flow, or
/// <c>InitiateOAuth=GETANDREFRESH</c> where no browser can be opened). Open <see cref="AuthorizationUri"/> in a browser,
/// sign in, copy the <c>code</c> parameter of the page Zoho redirects to, and connect again with
/// <c>OAuthVerifier=&lt;code&gt;</c> within two minutes.
/// </summary>
public sealed class ZohoCrmAuthorizationRequiredException : ZohoCrmAuthenticationException
{
    /// <summary>Creates the exception for an authorization URL.</summary>
    public ZohoCrmAuthorizationRequiredException(string message, Uri authorizationUri)
        : base(message, "AUTHORIZATION_REQUIRED") => AuthorizationUri = authorizationUri;

    /// <summary>The Zoho sign-in and consent page to open.</summary>
    public Uri AuthorizationUri { get; }
}
