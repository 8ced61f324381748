using Microsoft.Extensions.Logging;
using E = ZohoCrm.Data.Logging.ZohoCrmDataEventId;

namespace ZohoCrm.Data.Logging.Internal;

/// <summary>The OAuth area's events: token calls and sign-in (ids 30100-30199). Tokens never appear: see <see cref="LogRedaction"/>.</summary>
internal static partial class OAuthLog
{
    [LoggerMessage(E.TokenEndpointCalled, LogLevel.Debug, "Calling the Zoho token endpoint {Endpoint} ({Operation}).", EventName = nameof(E.TokenEndpointCalled))]
    public static partial void TokenEndpointCalled(this ILogger logger, Uri endpoint, string operation);

    [LoggerMessage(E.AccessTokenObtained, LogLevel.Debug, "Obtained a Zoho access token ({Operation}); it expires at {ExpiresAt}.", EventName = nameof(E.AccessTokenObtained))]
    public static partial void AccessTokenObtained(this ILogger logger, string operation, string expiresAt);

    [LoggerMessage(E.TokenEndpointRefused, LogLevel.Warning, "The Zoho token endpoint refused {Operation} with '{Error}'.", EventName = nameof(E.TokenEndpointRefused))]
    public static partial void TokenEndpointRefused(this ILogger logger, string operation, string error);

    [LoggerMessage(E.RefreshTokenRevoked, LogLevel.Debug, "Revoked a Zoho refresh token.", EventName = nameof(E.RefreshTokenRevoked))]
    public static partial void RefreshTokenRevoked(this ILogger logger);

    [LoggerMessage(E.RevokeFailedTokensForgotten, LogLevel.Warning, "Revoking the refresh token of user '{User}' failed; forgetting the local tokens as asked.",
        EventName = nameof(E.RevokeFailedTokensForgotten))]
    public static partial void RevokeFailedTokensForgotten(this ILogger logger, string user);

    [LoggerMessage(E.ApiDomainSettingKept, LogLevel.Debug, "Zoho named {ApiDomain} as the API domain; the ApiDomain setting {Setting} wins.", EventName = nameof(E.ApiDomainSettingKept))]
    public static partial void ApiDomainSettingKept(this ILogger logger, Uri apiDomain, Uri setting);

    [LoggerMessage(E.ApiDomainFollowed, LogLevel.Warning,
        "Zoho's token response names {ApiDomain} as the API domain, but Domain={Domain} and Environment={Environment} mean {Expected}; following Zoho. Set Domain to the org's data centre to silence this.",
        EventName = nameof(E.ApiDomainFollowed))]
    public static partial void ApiDomainFollowed(this ILogger logger, Uri apiDomain, string domain, string environment, Uri expected);

    [LoggerMessage(E.SignInPageOpened, LogLevel.Debug, "Opened the browser at the Zoho sign-in page; waiting up to {Timeout} for the redirect to {Callback}.", EventName = nameof(E.SignInPageOpened))]
    public static partial void SignInPageOpened(this ILogger logger, TimeSpan timeout, Uri callback);

    [LoggerMessage(E.SignInStateMismatch, LogLevel.Warning, "Ignored a request to {Callback} whose state does not match this sign-in.", EventName = nameof(E.SignInStateMismatch))]
    public static partial void SignInStateMismatch(this ILogger logger, Uri callback);

    [LoggerMessage(E.SignInOnOtherDataCentre, LogLevel.Warning,
        "Zoho signed the user in on {AccountsServer} (location {Location}), but the connection uses {Expected}; set Domain to the user's data centre.",
        EventName = nameof(E.SignInOnOtherDataCentre))]
    public static partial void SignInOnOtherDataCentre(this ILogger logger, string accountsServer, string? location, Uri expected);
}
