using ZohoCrm.Data.Tests.Integration;

namespace ZohoCrm.Data.Tests.Http;

/// <summary>
/// The system proxy is used by default: a real proxy (tinyproxy) named only by <c>HTTP_PROXY</c>/<c>HTTPS_PROXY</c>
/// carries a query to the emulator. Each case runs in a child process, since .NET reads those variables once per process.
/// </summary>
/// <remarks>
/// The emulator listens on 127.0.0.1, and loopback addresses never go through the system proxy (see
/// <c>ZohoCrmSystemProxy</c>). So the proxied cases call it as <c>0.0.0.0</c>: not a loopback name, so the proxy is
/// asked, and tinyproxy can carry the request on, since on Linux a connection to 0.0.0.0 reaches this machine's
/// loopback. (.NET itself refuses 0.0.0.0 as a target, so a call that does not go through the proxy fails.)
/// </remarks>
[NonParallelizable]
public class SystemProxyTests
{
    private const string Query = "SELECT id FROM Leads LIMIT 3";

    [Test]
    public async Task By_default_a_connection_goes_through_the_proxy_named_by_the_environment()
    {
        await using var emulator = await EmulatorConnection.StartAsync();
        using var temp = new TempDirectory();
        using var proxy = ProxyProcess.StartTinyproxy(temp.Path);

        var (exitCode, output) = ChildProcessProgram.RunQuery(ThroughAnyAddress(emulator), Query, ProxyVariables(proxy));

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("rows=3"));
        Assert.That(ProxyLog(temp), Does.Contain("POST http://0.0.0.0:" + Port(emulator) + "/crm/v8/coql"), "the query must have gone through the proxy");
    }

    [Test]
    public async Task ProxyAutoDetect_False_goes_around_the_proxy_named_by_the_environment()
    {
        await using var emulator = await EmulatorConnection.StartAsync();
        using var temp = new TempDirectory();
        using var proxy = ProxyProcess.StartTinyproxy(temp.Path);

        var (exitCode, output) = ChildProcessProgram.RunQuery(ThroughAnyAddress(emulator) + ";ProxyAutoDetect=False", Query, ProxyVariables(proxy));

        // Called directly, 0.0.0.0 cannot be dialled (.NET refuses it as a target), so the call fails, where through the
        // proxy (the case above) it succeeds.
        Assert.That(exitCode, Is.Not.Zero, output);
        Assert.That(output, Does.Contain("Could not reach Zoho's token endpoint http://0.0.0.0:" + Port(emulator)).And.Not.Contain("rows="));
        Assert.That(ProxyLog(temp), Does.Not.Contain("http://0.0.0.0:" + Port(emulator)), "nothing may have gone through the proxy");
    }

    [Test]
    public async Task A_loopback_address_is_called_directly_even_with_a_proxy_in_the_environment()
    {
        await using var emulator = await EmulatorConnection.StartAsync();
        using var temp = new TempDirectory();
        using var proxy = ProxyProcess.StartTinyproxy(temp.Path);

        var (exitCode, output) = ChildProcessProgram.RunQuery(emulator.ConnectionString, Query, ProxyVariables(proxy));

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("rows=3"));
        Assert.That(ProxyLog(temp), Does.Not.Contain(":" + Port(emulator) + "/"), "a loopback address must not be sent to the proxy");
    }

    private static Dictionary<string, string> ProxyVariables(ProxyProcess proxy) => new()
    {
        ["HTTP_PROXY"] = "http://127.0.0.1:" + proxy.Port,
        ["HTTPS_PROXY"] = "http://127.0.0.1:" + proxy.Port,
    };

    private static string ThroughAnyAddress(EmulatorConnection emulator) =>
        emulator.ConnectionString.Replace(emulator.Emulator.BaseUrl, "http://0.0.0.0:" + Port(emulator), StringComparison.Ordinal);

    private static int Port(EmulatorConnection emulator) => new Uri(emulator.Emulator.BaseUrl).Port;

    private static string ProxyLog(TempDirectory temp)
    {
        var path = Path.Combine(temp.Path, "tinyproxy.log");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }
}
