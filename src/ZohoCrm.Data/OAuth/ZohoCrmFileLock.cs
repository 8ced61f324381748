using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// An exclusive lock shared by every process on the machine: a lock file opened with <see cref="FileShare.None"/>
/// (an <c>flock</c> on Unix, released by the OS if the holder dies). The file stays in place: deleting it would let
/// two processes lock two different files of the same name.
/// </summary>
internal sealed class ZohoCrmFileLock : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);
    private readonly FileStream _stream;

    private ZohoCrmFileLock(FileStream stream) => _stream = stream;

    public static async ValueTask<ZohoCrmFileLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new ZohoCrmFileLock(new FileStream(path, options));
            }
            catch (IOException e) when (e is not (DirectoryNotFoundException or FileNotFoundException or PathTooLongException))
            {
                // Held by another process or another store instance: wait and try again.
                if (DateTime.UtcNow - started > MaxWait)
                {
                    throw new ZohoCrmException(ZohoCrmStrings.TokenFileLockTimeout(path, MaxWait), innerException: e);
                }

                await Task.Delay(Random.Shared.Next(10, 40), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
