namespace ZohoCrm.Data.OAuth;

/// <summary>
/// The tokens Zoho issued for one key: the access token, the refresh token that mints new ones, when the access
/// token expires and the API domain the token response named. <see cref="ToString"/> never shows a token.
/// </summary>
public sealed record ZohoCrmToken
{
    /// <summary>Creates a token.</summary>
    public ZohoCrmToken(string accessToken, string? refreshToken, DateTimeOffset? expiresAt, Uri? apiDomain = null, string? scope = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ExpiresAt = expiresAt;
        ApiDomain = apiDomain;
        Scope = scope;
    }

    /// <summary>The access token sent as <c>Authorization: Zoho-oauthtoken …</c>. A secret.</summary>
    public string AccessToken { get; init; }

    /// <summary>The refresh token, if Zoho issued one (offline access). A secret.</summary>
    public string? RefreshToken { get; init; }

    /// <summary>When the access token expires; <see langword="null"/> when unknown (a token given in the connection string).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The <c>api_domain</c> of the token response: where this token's org is served.</summary>
    public Uri? ApiDomain { get; init; }

    /// <summary>The scopes granted, as the token response listed them (space-separated), when it did.</summary>
    public string? Scope { get; init; }

    /// <summary>Whether the access token can still be used at <paramref name="now"/>, leaving <paramref name="margin"/> before expiry.</summary>
    public bool IsFresh(DateTimeOffset now, TimeSpan margin) => ExpiresAt is not { } expiresAt || expiresAt - margin > now;

    /// <inheritdoc />
    public override string ToString() =>
        $"ZohoCrmToken {{ AccessToken = ***, RefreshToken = {(RefreshToken is null ? "none" : "***")}, ExpiresAt = {ExpiresAt:O}, ApiDomain = {ApiDomain} }}";
}
