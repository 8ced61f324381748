using System.Globalization;
using System.Text;
using System.Text.Json;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Persistence;

/// <summary>
/// Persists the org in a data directory: the seed is the snapshot (it is deterministic), and every committed write
/// call is one JSON line appended to <c>journal.jsonl</c> and flushed to disk before the client is answered. On
/// start the seed is rebuilt and the journal replayed; a torn last line (a crash mid-append, never acknowledged)
/// is dropped. <see cref="Truncate"/> empties the journal when the org is reset.
/// </summary>
public sealed class RecordJournal : IWriteJournal, IDisposable
{
    public const string JournalFileName = "journal.jsonl";
    public const string HeaderFileName = "org.json";
    private const int FormatVersion = 1;

    private readonly OrgSchema _schema;
    private readonly ModuleLayouts _layouts;
    private readonly FileStream _stream;
    private readonly object _lock = new();

    private RecordJournal(OrgSchema schema, ModuleLayouts layouts, FileStream stream)
    {
        _schema = schema;
        _layouts = layouts;
        _stream = stream;
    }

    /// <summary>
    /// Opens (or creates) the journal in <paramref name="directory"/>, replaying every committed batch through
    /// <paramref name="replay"/>. <paramref name="seedIdentity"/> names the seed the journal's writes were made on;
    /// a directory made with another seed or scale is refused rather than replayed onto the wrong records.
    /// </summary>
    public static RecordJournal Open(string directory, string seedIdentity, OrgSchema schema, ModuleLayouts layouts, Action<CommittedBatch> replay)
    {
        Directory.CreateDirectory(directory);
        var headerPath = Path.Combine(directory, HeaderFileName);
        var journalPath = Path.Combine(directory, JournalFileName);
        var header = JsonSerializer.Serialize(new Dictionary<string, object> { ["format"] = FormatVersion, ["seed"] = seedIdentity });
        if (File.Exists(headerPath))
        {
            using var existing = JsonDocument.Parse(File.ReadAllBytes(headerPath));
            var recorded = existing.RootElement.TryGetProperty("seed", out var seed) ? seed.GetString() : null;
            if (recorded != seedIdentity)
            {
                throw new InvalidOperationException(
                    $"The data directory '{directory}' holds an org created with seed '{recorded}', but the emulator was started with seed '{seedIdentity}'. " +
                    "Start it with the same --seed and --scale, or point --data-dir at an empty directory.");
            }
        }
        else
        {
            WriteDurably(headerPath, Encoding.UTF8.GetBytes(header));
        }

        var stream = new FileStream(journalPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
        var journal = new RecordJournal(schema, layouts, stream);
        try
        {
            var goodLength = journal.ReplayAll(replay);
            if (goodLength != stream.Length)
            {
                stream.SetLength(goodLength);
                stream.Flush(flushToDisk: true);
            }

            stream.Seek(0, SeekOrigin.End);
            return journal;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Append(CommittedBatch batch)
    {
        var line = Serialize(batch);
        lock (_lock)
        {
            _stream.Write(line);
            _stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Forgets every write (the org was reset to its seed).</summary>
    public void Truncate()
    {
        lock (_lock)
        {
            _stream.SetLength(0);
            _stream.Flush(flushToDisk: true);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _stream.Dispose();
        }
    }

    /// <summary>Replays complete lines; returns the length up to the last complete, readable line.</summary>
    private long ReplayAll(Action<CommittedBatch> replay)
    {
        _stream.Seek(0, SeekOrigin.Begin);
        var bytes = new byte[_stream.Length];
        _stream.ReadExactly(bytes);
        long position = 0;
        var lineNumber = 0;
        while (position < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', (int)position);
            if (end < 0)
            {
                break; // torn tail: the append never completed, so it was never acknowledged
            }

            lineNumber++;
            CommittedBatch batch;
            try
            {
                batch = Deserialize(bytes.AsSpan((int)position, end - (int)position));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                if (bytes.AsSpan(end + 1).IndexOfAnyExcept((byte)'\n', (byte)' ') < 0)
                {
                    break; // a damaged last line is treated like a torn one
                }

                throw new InvalidDataException($"Line {lineNumber} of the journal '{_stream.Name}' is damaged ({e.Message}); restore the directory from a backup or start with an empty --data-dir.", e);
            }

            replay(batch);
            position = end + 1;
        }

        return position;
    }

    private byte[] Serialize(CommittedBatch batch)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("at", batch.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            json.WriteNumber("seq", batch.LastSequence);
            json.WriteStartObject("auto");
            foreach (var (key, value) in batch.AutoNumbers)
            {
                json.WriteNumber(key, value);
            }

            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (var change in batch.Changes)
            {
                json.WriteStartObject();
                json.WriteString("m", change.Module);
                json.WriteNumber("id", change.Id);
                if (change.Record is { } record)
                {
                    var module = _schema.FindModule(record.Module)!;
                    json.WriteStartObject("v");
                    foreach (var (name, value) in record.Values)
                    {
                        if (value is not null && module.FindField(name) is not null)
                        {
                            json.WritePropertyName(name);
                            WriteValue(json, value);
                        }
                    }

                    json.WriteEndObject();
                }
                else
                {
                    json.WriteBoolean("del", true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string text: json.WriteStringValue(text); break;
            case long number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case DateOnly date: json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset instant: json.WriteStringValue(instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)); break;
            case string[] many:
                json.WriteStartArray();
                foreach (var item in many)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"A stored value of type {value.GetType().Name} cannot be journaled.");
        }
    }

    private CommittedBatch Deserialize(ReadOnlySpan<byte> line)
    {
        using var document = JsonDocument.Parse(line.ToArray());
        var root = document.RootElement;
        var at = new DateTimeOffset(DateTime.Parse(root.GetProperty("at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime());
        var auto = root.GetProperty("auto").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
        var changes = new List<RecordChange>();
        foreach (var change in root.GetProperty("changes").EnumerateArray())
        {
            var module = _schema.FindModule(change.GetProperty("m").GetString()!)
                ?? throw new InvalidOperationException($"The journal names a module '{change.GetProperty("m").GetString()}' that the org does not have.");
            var id = change.GetProperty("id").GetInt64();
            if (!change.TryGetProperty("v", out var valuesJson))
            {
                changes.Add(new RecordChange(module.ApiName, id, null));
                continue;
            }

            var layout = _layouts.For(module.ApiName);
            var values = layout.NewValues();
            foreach (var property in valuesJson.EnumerateObject())
            {
                var field = module.FindField(property.Name) ?? throw new InvalidOperationException($"The journal names a field '{property.Name}' that {module.ApiName} does not have.");
                values[layout.SlotOf(field.ApiName)] = ReadValue(field.ValueType, property.Value);
            }

            changes.Add(new RecordChange(module.ApiName, id, new StoredRecord(module.ApiName, id, new RecordValues(layout, values))));
        }

        return new CommittedBatch(at, changes, root.GetProperty("seq").GetInt64(), auto);
    }

    private static object ReadValue(FieldDataType type, JsonElement value) => type switch
    {
        FieldDataType.Integer or FieldDataType.BigInt or FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup => value.GetInt64(),
        FieldDataType.Double or FieldDataType.Currency or FieldDataType.Percent => value.GetDecimal(),
        FieldDataType.Boolean => value.GetBoolean(),
        FieldDataType.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldDataType.DateTime => new DateTimeOffset(DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime()),
        FieldDataType.MultiSelectPicklist => value.EnumerateArray().Select(v => v.GetString()!).ToArray(),
        _ => value.GetString()!,
    };

    private static void WriteDurably(string path, byte[] content)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        file.Write(content);
        file.Flush(flushToDisk: true);
    }
}
