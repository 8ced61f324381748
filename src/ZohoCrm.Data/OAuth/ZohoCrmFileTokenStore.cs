using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Properties;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// Keeps tokens in a JSON file (the <c>OAuthSettingsLocation</c> connection property), so a desktop tool or a
/// job signs in once and several processes share one token.
/// </summary>
/// <remarks>
/// Writes replace the file atomically (a temporary file moved over it), so a reader never sees half a file. On Unix
/// the file is created readable and writable by its owner only (0600). Writers on the same file, in this process or
/// others, take turns through a lock file beside it (<c>.lock</c>); a refresh holds a second lock file
/// (<c>.refresh.lock</c>) around read, check, refresh and write, so an expiry causes one refresh however many
/// processes share the file. A file that is not valid JSON is an error naming the file: it is never overwritten,
/// so no token is lost silently.
/// </remarks>
public sealed class ZohoCrmFileTokenStore : IZohoCrmTokenStore
{
    private const int FormatVersion = 1;

    /// <summary>Creates a store over the file at <paramref name="path"/> (created on the first save; <c>~</c> and <c>%VARIABLES%</c> are expanded).</summary>
    public ZohoCrmFileTokenStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = FullPath(path);
    }

    /// <summary>The full path of a file setting: <c>~</c> and <c>%VARIABLES%</c> expanded.</summary>
    internal static string FullPath(string path)
    {
        var expanded = System.Environment.ExpandEnvironmentVariables(path.Trim());
        if (expanded == "~" || expanded.StartsWith("~/", StringComparison.Ordinal) || expanded.StartsWith("~\\", StringComparison.Ordinal))
        {
            expanded = System.IO.Path.Join(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), expanded[1..].TrimStart('/', '\\'));
        }

        return System.IO.Path.GetFullPath(expanded);
    }

    /// <summary>The full path of the token file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async ValueTask<ZohoCrmToken?> GetAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default)
    {
        var entries = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return entries.TryGetValue(key, out var token) ? token : null;
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(ZohoCrmTokenKey key, ZohoCrmToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await UpdateAsync(entries => entries[key] = token, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DeleteAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default) =>
        await UpdateAsync(entries => entries.Remove(key), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable> AcquireRefreshLockAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default)
    {
        EnsureDirectory();
        return await ZohoCrmFileLock.AcquireAsync(Path + ".refresh.lock", cancellationToken).ConfigureAwait(false);
    }

    private async Task UpdateAsync(Action<Dictionary<ZohoCrmTokenKey, ZohoCrmToken>> change, CancellationToken cancellationToken)
    {
        EnsureDirectory();
        await using var writeLock = await ZohoCrmFileLock.AcquireAsync(Path + ".lock", cancellationToken).ConfigureAwait(false);
        var entries = await ReadAsync(cancellationToken).ConfigureAwait(false);
        change(entries);
        await WriteAsync(entries, cancellationToken).ConfigureAwait(false);
    }

    private void EnsureDirectory() => Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);

    private async Task<Dictionary<ZohoCrmTokenKey, ZohoCrmToken>> ReadAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            // FileShare.Delete lets a writer move a new file over this one while it is being read (Windows).
            await using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return [];
        }

        try
        {
            return Parse(text);
        }
        catch (Exception e) when (e is JsonException or InvalidCastException or FormatException or ArgumentException or UriFormatException)
        {
            throw new ZohoCrmException(ZohoCrmStrings.TokenFileCorrupt(Path, e.Message), innerException: e);
        }
    }

    private static Dictionary<ZohoCrmTokenKey, ZohoCrmToken> Parse(string text)
    {
        var entries = new Dictionary<ZohoCrmTokenKey, ZohoCrmToken>();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new JsonReaderException("The file is empty.");
        }

        // Dates stay strings: Newtonsoft would otherwise turn expires_at into a DateTime and drop its offset.
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        var root = JObject.Load(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        if (reader.Read())
        {
            throw new JsonReaderException("Unexpected content after the JSON object.");
        }

        if (root.Value<int?>("version") is not FormatVersion)
        {
            throw new FormatException($"Expected \"version\": {FormatVersion}.");
        }

        foreach (var item in root["tokens"] as JArray ?? throw new FormatException("Expected a \"tokens\" array."))
        {
            var key = new ZohoCrmTokenKey(Required(item, "client_id"), Required(item, "user"), Required(item, "data_center"));
            var expiresAt = item.Value<string?>("expires_at") is { } expires
                ? ZohoCrmDateTimes.ParseRoundTrip(expires)
                : (DateTimeOffset?)null;
            var apiDomain = item.Value<string?>("api_domain") is { } domain ? new Uri(domain, UriKind.Absolute) : null;
            entries[key] = new ZohoCrmToken(Required(item, "access_token"), item.Value<string?>("refresh_token"), expiresAt, apiDomain, item.Value<string?>("scope"));
        }

        return entries;
    }

    private static string Required(JToken item, string name) =>
        item.Value<string?>(name) is { Length: > 0 } value ? value : throw new FormatException($"A token entry has no \"{name}\".");

    private async Task WriteAsync(Dictionary<ZohoCrmTokenKey, ZohoCrmToken> entries, CancellationToken cancellationToken)
    {
        var tokens = new JArray();
        foreach (var (key, token) in entries.OrderBy(e => e.Key.ClientId, StringComparer.Ordinal).ThenBy(e => e.Key.User, StringComparer.Ordinal))
        {
            tokens.Add(new JObject
            {
                ["client_id"] = key.ClientId,
                ["user"] = key.User,
                ["data_center"] = key.DataCenter,
                ["access_token"] = token.AccessToken,
                ["refresh_token"] = token.RefreshToken,
                ["expires_at"] = token.ExpiresAt is { } expiresAt ? ZohoCrmDateTimes.FormatRoundTrip(expiresAt) : null,
                ["api_domain"] = token.ApiDomain?.ToString(),
                ["scope"] = token.Scope,
            });
        }

        var json = new JObject { ["version"] = FormatVersion, ["tokens"] = tokens }.ToString(Formatting.Indented);
        var temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            await using (var stream = new FileStream(temporary, options))
            {
                await using var writer = new StreamWriter(stream);
                await writer.WriteAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            // Only left behind when the write or the move failed; the real file is untouched then.
            File.Delete(temporary);
        }
    }
}
