namespace ZohoCrm.Data.Tests.Support;

/// <summary>
/// A plain client for the tests' own calls to servers on 127.0.0.1 (the emulator's admin API, a browser's redirect):
/// .NET sends even loopback requests to a proxy named by HTTP_PROXY, which a CI machine may set, so these never use one.
/// </summary>
internal static class LocalHttpClient
{
    public static HttpClient Create(bool allowAutoRedirect = true) =>
        new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = allowAutoRedirect });
}
