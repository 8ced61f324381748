using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ZohoCrm.Data.Tests.Http;

/// <summary>A proxy (tinyproxy, microsocks) started by a test on 127.0.0.1 and stopped at the end; its output is kept.</summary>
internal sealed class ProxyProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ProxyProcess(string fileName, IEnumerable<string> arguments, int port)
    {
        Port = port;
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening(fileName);
    }

    public int Port { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Finds the program or explains which Debian package provides it.</summary>
    public static string Require(string program, string package)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
        Assert.That(path, Is.Not.Null, $"{program} is not installed; install the Debian package '{package}' (build/test-packages.txt lists it).");
        return path!;
    }

    /// <summary>tinyproxy, with Basic authentication when a user is given, logging each request to <paramref name="directory"/>/tinyproxy.log.</summary>
    public static ProxyProcess StartTinyproxy(string directory, string? user = null, string? password = null)
    {
        var program = Require("tinyproxy", "tinyproxy");
        var port = FreePort();
        var config = Path.Combine(directory, "tinyproxy.conf");
        File.WriteAllText(config, $"""
            Port {port}
            Listen 127.0.0.1
            Timeout 30
            LogFile "{Path.Combine(directory, "tinyproxy.log")}"
            LogLevel Connect
            MaxClients 20
            Allow 127.0.0.1
            {(user is null ? "" : $"BasicAuth {user} {password}")}
            """);
        return new ProxyProcess(program, ["-d", "-c", config], port);
    }

    /// <summary>microsocks (SOCKS5) with username/password authentication.</summary>
    public static ProxyProcess StartMicrosocks(string user, string password)
    {
        var program = Require("microsocks", "microsocks");
        var port = FreePort();
        return new ProxyProcess(program, ["-i", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-u", user, "-P", password], port);
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private void WaitUntilListening(string fileName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"{fileName} exited with {_process.ExitCode}: {Output}");
            }

            using var probe = new TcpClient();
            try
            {
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        Assert.Fail($"{fileName} did not listen on {Port} within 10 seconds: {Output}");
    }
}

/// <summary>The HTTP server the proxied requests are meant for: answers 200 and remembers each request's headers.</summary>
internal sealed class TargetServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<WebHeaderCollection> _requests = [];
    private readonly Task _loop;

    public TargetServer()
    {
        Port = ProxyProcess.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}/crm/v8/org");

    public IReadOnlyList<WebHeaderCollection> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return; // stopped
            }

            lock (_requests)
            {
                var headers = new WebHeaderCollection();
                headers.Add(context.Request.Headers);
                _requests.Add(headers);
            }

            var body = "{\"org\":[]}"u8.ToArray();
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _loop.GetAwaiter().GetResult();
        _listener.Close();
    }
}
