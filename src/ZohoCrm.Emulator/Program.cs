using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Cli;

var parsed = EmulatorCommandLine.Parse(args);
if (parsed.ShowHelp)
{
    Console.WriteLine(EmulatorCommandLine.Usage);
    return 0;
}

if (parsed.Error is not null)
{
    Console.Error.WriteLine("error: " + parsed.Error);
    return 2;
}

var options = parsed.Options!;
if (parsed.HttpsCertificatePath is { } certificatePath)
{
    try
    {
        options.HttpsCertificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, parsed.HttpsCertificatePassword);
    }
    catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"error: --https-cert '{certificatePath}' could not be loaded as a PFX certificate with its private key: {e.Message}");
        return 2;
    }
}

// The host's own "failed to start" log carries the exception's stack trace; a start failure is reported below as one
// message and an exit code instead.
options.ConfigureLogging = logging => logging.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
    .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

using var stop = new CancellationTokenSource();
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Cancel(); });
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => { signal.Cancel = true; stop.Cancel(); });

ZohoCrmEmulator emulator;
try
{
    emulator = await ZohoCrmEmulator.StartAsync(options, stop.Token);
}
catch (IOException e)
{
    Console.Error.WriteLine($"error: could not listen on 127.0.0.1 port {options.Port} (--port): {e.Message}");
    return 1;
}

await using (emulator)
{
    Console.WriteLine($"ZohoCrm.Emulator listening on {emulator.BaseUrl}");
    Console.WriteLine($"  accounts server and api_domain: {emulator.BaseUrl}");
    Console.WriteLine($"  token endpoint:  {emulator.TokenEndpoint}");
    Console.WriteLine($"  client_id:       {emulator.ClientId}");
    Console.WriteLine($"  client_secret:   {emulator.ClientSecret}");
    Console.WriteLine($"  refresh_token:   {emulator.RefreshToken}");
    Console.WriteLine($"  redirect_uri:    {emulator.RedirectUri} (and any loopback URI)");
    Console.WriteLine($"  admin:           {emulator.BaseUrl}/_emulator/settings, /_emulator/requests, /_emulator/clock/advance, /_emulator/reset");
    Console.WriteLine("Press Ctrl+C or send SIGTERM to stop.");
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine("Stopping.");
    }
}

return 0;
