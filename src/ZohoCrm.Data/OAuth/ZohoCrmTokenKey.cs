namespace ZohoCrm.Data.OAuth;

/// <summary>
/// What a stored token belongs to: the OAuth client, the user (the signed-in user of a web app, or
/// <see cref="DefaultUser"/> for a connection string's own tokens) and the data centre (with environment), since a
/// refresh token is valid only where it was issued.
/// </summary>
/// <param name="ClientId">The OAuth client id.</param>
/// <param name="User">The user the tokens were granted by.</param>
/// <param name="DataCenter">The data centre and environment (see <see cref="ZohoCrmSettings.TokenDataCenter"/>).</param>
public readonly record struct ZohoCrmTokenKey(string ClientId, string User, string DataCenter)
{
    /// <summary>The user name under which a connection string's own tokens are kept.</summary>
    public const string DefaultUser = "default";
}
