using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using ZohoCrm.Data.Logging.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Schema;

/// <summary>
/// The <c>MetadataCacheLocation</c> file: the module list and the field lists a data source read from Zoho, each with
/// the time it was read, so the next start uses them instead of calling Zoho while they are younger than
/// <c>MetadataCacheMaxAge</c>. It is a cache of what Zoho serves, never the only copy of anything: a file that cannot be
/// read, or that was written for another org (client, data centre or API domain), is ignored with a warning and
/// rewritten, since failing the start over a cache would turn a saving into an outage. Writes replace the file
/// atomically. Thread-safe.
/// </summary>
internal sealed class ZohoCrmMetadataFile
{
    private const int FormatVersion = 1;

    private static readonly JsonSerializerSettings Json = new()
    {
        Converters = { new StringEnumConverter() },
        NullValueHandling = NullValueHandling.Ignore,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    private readonly object _lock = new();
    private readonly string _org;
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private Document? _document;
    private bool _trusted = true;

    public ZohoCrmMetadataFile(ZohoCrmSettings settings, TimeProvider time, ILogger log)
    {
        Path = ZohoCrmFileTokenStore.FullPath(settings.MetadataCacheLocation!);
        _org = string.Join(" ", settings.OAuthClientId ?? "(access token)", settings.TokenDataCenter, settings.ApiDomain.GetLeftPart(UriPartial.Authority));
        _maxAge = settings.MetadataCacheMaxAge;
        _time = time;
        _log = log;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>The module list from the file, when it is there and young enough.</summary>
    public IReadOnlyList<ZohoCrmModuleMetadata>? FindModules()
    {
        lock (_lock)
        {
            return Fresh(Load().Modules);
        }
    }

    /// <summary>The fields of a module from the file, when they are there and young enough.</summary>
    public IReadOnlyList<ZohoCrmFieldMetadata>? FindFields(string module)
    {
        lock (_lock)
        {
            return Load().Fields.TryGetValue(module, out var entry) ? Fresh(entry) : null;
        }
    }

    /// <summary>Keeps a module list read from Zoho.</summary>
    public void SaveModules(IReadOnlyList<ZohoCrmModuleMetadata> modules) =>
        Update(document => document.Modules = new Entry<ZohoCrmModuleMetadata> { ReadAt = _time.GetUtcNow(), Items = [.. modules.Select(m => m with { Fields = [] })] });

    /// <summary>Keeps a module's fields read from Zoho.</summary>
    public void SaveFields(string module, IReadOnlyList<ZohoCrmFieldMetadata> fields) =>
        Update(document => document.Fields[module] = new Entry<ZohoCrmFieldMetadata> { ReadAt = _time.GetUtcNow(), Items = [.. fields] });

    /// <summary>
    /// Stops using what the file held when it was read (after <c>RefreshMetadata</c>): from now on metadata comes from
    /// Zoho and the file only receives it.
    /// </summary>
    public void Distrust()
    {
        lock (_lock)
        {
            _trusted = false;
        }
    }

    private IReadOnlyList<T>? Fresh<T>(Entry<T>? entry) =>
        _trusted && entry is { Items: { } items } && _time.GetUtcNow() - entry.ReadAt < _maxAge ? items : null;

    private void Update(Action<Document> change)
    {
        lock (_lock)
        {
            var document = Load();
            change(document);
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, JsonConvert.SerializeObject(document, Formatting.Indented, Json));
            File.Move(temporary, Path, overwrite: true);
        }
    }

    // Read once, on first use; what this process reads from Zoho is added to it and written back.
    private Document Load()
    {
        if (_document is not null)
        {
            return _document;
        }

        _document = Read(out var reason) ?? new Document { Org = _org };
        if (reason is not null)
        {
            _log.MetadataCacheFileIgnored(Path, reason);
        }

        return _document;
    }

    private Document? Read(out string? reason)
    {
        reason = null;
        if (!File.Exists(Path))
        {
            return null;
        }

        Document? document;
        try
        {
            document = JsonConvert.DeserializeObject<Document>(File.ReadAllText(Path), Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            reason = ZohoCrmStrings.MetadataFileUnreadable(e.Message);
            return null;
        }

        if (document is null || document.Format != FormatVersion || document.Fields is null
            || document.Modules?.Items?.Any(m => m?.ApiName is null) == true
            || document.Fields.Values.Any(f => f?.Items is null || f.Items.Any(i => i?.ApiName is null)))
        {
            reason = ZohoCrmStrings.MetadataFileNotMetadata(FormatVersion);
            return null;
        }

        if (!string.Equals(document.Org, _org, StringComparison.Ordinal))
        {
            reason = ZohoCrmStrings.MetadataFileOtherOrg(document.Org ?? "", _org);
            return null;
        }

        return new Document { Org = document.Org, Modules = document.Modules, Fields = new(document.Fields, StringComparer.OrdinalIgnoreCase) };
    }

    private sealed class Document
    {
        public int Format { get; set; } = FormatVersion;

        /// <summary>Which org the metadata belongs to: client id, data centre and API domain.</summary>
        public string? Org { get; set; }

        public Entry<ZohoCrmModuleMetadata>? Modules { get; set; }

        public Dictionary<string, Entry<ZohoCrmFieldMetadata>> Fields { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private sealed class Entry<T>
    {
        public DateTimeOffset ReadAt { get; set; }

        public List<T>? Items { get; set; }
    }
}
