using System.Net;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>
/// The system proxy (<see cref="HttpClient.DefaultProxy"/>: the environment's <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c> and
/// <c>NO_PROXY</c> on Linux and macOS, the user's settings on Windows), except that loopback addresses are called directly.
/// </summary>
/// <remarks>
/// .NET sends even <c>127.0.0.1</c> to an environment proxy unless <c>NO_PROXY</c> names it; a loopback address means this
/// machine (a local emulator), which a proxy elsewhere cannot reach, so it is never proxied, as Go's and browsers' defaults do.
/// </remarks>
internal sealed class ZohoCrmSystemProxy(IWebProxy system) : IWebProxy
{
    private ICredentials? _credentials;

    /// <summary>Credentials set on this proxy, else the system proxy's own (e.g. from <c>http://user:pass@host</c>).</summary>
    public ICredentials? Credentials
    {
        get => _credentials ?? system.Credentials;
        set => _credentials = value; // the system proxy is shared by the process: never change it
    }

    public Uri? GetProxy(Uri destination) => destination.IsLoopback ? null : system.GetProxy(destination);

    public bool IsBypassed(Uri host) => host.IsLoopback || system.IsBypassed(host);
}
