using System.ComponentModel;
using System.Diagnostics;

namespace ZohoCrm.Data.OAuth;

/// <summary>Opens the Zoho sign-in page for the desktop flow. Replace it to show the URL your own way (or in tests).</summary>
public interface IZohoCrmBrowserLauncher
{
    /// <summary>Opens <paramref name="uri"/> in a browser; returns <see langword="false"/> when none can be opened here (the headless flow then takes over).</summary>
    bool TryOpen(Uri uri);
}

/// <summary>
/// Opens the system browser: <c>start</c> on Windows, <c>open</c> on macOS, <c>xdg-open</c> on Linux when a display
/// is available (<c>DISPLAY</c> or <c>WAYLAND_DISPLAY</c>). Anywhere else there is no browser and it returns false.
/// </summary>
public sealed class ZohoCrmSystemBrowserLauncher : IZohoCrmBrowserLauncher
{
    /// <summary>The shared instance.</summary>
    public static ZohoCrmSystemBrowserLauncher Instance { get; } = new();

    /// <inheritdoc />
    public bool TryOpen(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ProcessStartInfo start;
        if (OperatingSystem.IsWindows())
        {
            start = new ProcessStartInfo(uri.AbsoluteUri) { UseShellExecute = true };
        }
        else if (OperatingSystem.IsMacOS())
        {
            start = new ProcessStartInfo("open", [uri.AbsoluteUri]);
        }
        else if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
                 || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
        {
            start = new ProcessStartInfo("xdg-open", [uri.AbsoluteUri]);
        }
        else
        {
            return false;
        }

        try
        {
            using var process = Process.Start(start);
            return process is not null || start.UseShellExecute;
        }
        catch (Win32Exception)
        {
            // No such program (a server without xdg-open): there is no browser, so the headless flow applies.
            return false;
        }
    }
}
