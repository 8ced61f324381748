namespace ZohoCrm.Data.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>An unknown connection-string key.</summary>
    public static string ConnectionStringUnknownKey(string keyword, string closest) =>
        Format("The connection string key '{0}' is not supported. Did you mean '{1}'? Keys are case-insensitive; the README lists every key.", keyword, closest);

    /// <summary>A connection-string value that is not allowed; a secret value is not repeated.</summary>
    public static string ConnectionStringBadValue(string key, string? value, string allowed) =>
        value is null
            ? Format("The value given for the connection string key '{0}' is not valid. Use {1}.", key, allowed)
            : Format("The value '{0}' is not valid for the connection string key '{1}'. Use {2}.", value, key, allowed);

    /// <summary>InitiateOAuth=OFF without an access token.</summary>
    public static string SettingsAccessTokenRequired =>
        "InitiateOAuth=OFF uses OAuthAccessToken as given, but OAuthAccessToken is not set. Set OAuthAccessToken, or set InitiateOAuth=REFRESH with OAuthClientId, OAuthClientSecret and OAuthRefreshToken.";

    /// <summary>A flow that calls the token endpoint without client credentials.</summary>
    public static string SettingsClientRequired(string missing) =>
        Format("{0} is not set. Every InitiateOAuth mode except OFF calls Zoho's token endpoint, which needs OAuthClientId and OAuthClientSecret from the Zoho API console (https://api-console.zoho.com).", missing);
}
