namespace ZohoCrm.Emulator.Domain.OAuth;

/// <summary>What the token endpoint answers: tokens, or one of Zoho's <c>{"error":"..."}</c> codes.</summary>
public abstract class TokenOutcome
{
    private protected TokenOutcome()
    {
    }
}

/// <summary>Tokens minted by a grant. <see cref="RefreshToken"/> is set only for offline grants.</summary>
public sealed class TokensIssued : TokenOutcome
{
    public TokensIssued(string accessToken, string? refreshToken, ScopeSet scopes, int expiresInSeconds)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        Scopes = scopes;
        ExpiresInSeconds = expiresInSeconds;
    }

    public string AccessToken { get; }
    public string? RefreshToken { get; }
    public ScopeSet Scopes { get; }
    public int ExpiresInSeconds { get; }

    public override string ToString() => $"TokensIssued (scopes {Scopes}, expires in {ExpiresInSeconds} s)";
}

/// <summary>A refused grant. Zoho answers these with HTTP 200, except the minting throttle.</summary>
public sealed class TokenRefused : TokenOutcome
{
    public TokenRefused(string error) => Error = error;

    public string Error { get; }

    public override string ToString() => $"TokenRefused {Error}";
}

/// <summary>Zoho's minting throttle: too many access tokens from one refresh token in the window.</summary>
public sealed class TokenThrottled : TokenOutcome
{
    public TokenThrottled(TimeSpan retryAfter) => RetryAfter = retryAfter;

    public TimeSpan RetryAfter { get; }

    public const string Error = "Access Denied";
    public const string Description = "You have made too many requests continuously. Please try again after some time.";
}

/// <summary>The token endpoint's error codes (api.md §2.2).</summary>
public static class OAuthErrors
{
    public const string InvalidCode = "invalid_code";
    public const string InvalidClient = "invalid_client";
    public const string InvalidClientSecret = "invalid_client_secret";
    public const string InvalidRedirectUri = "invalid_redirect_uri";
    public const string MissingOrgInfo = "missing_org_info";
    public const string InvalidScope = "invalid_scope";
    public const string UnsupportedGrantType = "unsupported_grant_type";
    public const string UnsupportedResponseType = "unsupported_response_type";
    public const string InvalidRequest = "invalid_request";
    public const string InvalidToken = "invalid_token";
}

/// <summary>Why an access token was or was not accepted on an API call.</summary>
public enum AccessTokenState
{
    Valid,
    Expired,
    Unknown,
}

public readonly record struct AccessTokenCheck(AccessTokenState State, ScopeSet? Scopes, long? UserId = null);
