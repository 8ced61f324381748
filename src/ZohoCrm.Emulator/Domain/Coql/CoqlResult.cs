using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>
/// One page of a COQL answer. Rows are rendered only when written, straight to a <see cref="Utf8JsonWriter"/>,
/// as <c>{"data":[…],"info":{"count","more_records"}}</c>; an empty result is a 204 with no body.
/// </summary>
public sealed class CoqlResult
{
    /// <summary>Writer options for response bodies: non-ASCII text stays readable, as Zoho sends it.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonEncodedText IdKey = JsonEncodedText.Encode("id");

    private readonly WireWriter _wire;
    private readonly IReadOnlyList<CoqlOutput> _outputs;
    private readonly IReadOnlyList<StoredRecord>? _records;
    private readonly IReadOnlyList<object?[]>? _aggregateRows;
    private readonly MetadataJson? _fieldMetadata;
    private Dictionary<(FieldDataType Type, string? Module, long Id), JsonNode>? _lookups;

    internal CoqlResult(WireWriter wire, IReadOnlyList<CoqlOutput> outputs, IReadOnlyList<StoredRecord>? records,
        IReadOnlyList<object?[]>? aggregateRows, bool moreRecords, int credits, MetadataJson? fieldMetadata)
    {
        _wire = wire;
        _outputs = outputs;
        _records = records;
        _aggregateRows = aggregateRows;
        _fieldMetadata = fieldMetadata;
        MoreRecords = moreRecords;
        Credits = credits;
    }

    /// <summary>Rows in this page (<c>info.count</c>).</summary>
    public int Count => _records?.Count ?? _aggregateRows!.Count;

    public bool MoreRecords { get; }

    /// <summary>API credits the call costs, by its LIMIT.</summary>
    public int Credits { get; }

    /// <summary>No rows: Zoho answers 204 No Content with an empty body.</summary>
    public bool IsEmpty => Count == 0;

    public void WriteTo(Utf8JsonWriter writer)
    {
        _lookups = null;
        writer.WriteStartObject();
        writer.WriteStartArray("data");
        // Keys are encoded once per page rather than once per row.
        var keys = _outputs.Select(o => JsonEncodedText.Encode(o.Key, WriterOptions.Encoder)).ToArray();
        if (_records is not null)
        {
            var writesId = !_outputs.Any(o => o.Key == "id");
            Span<char> digits = stackalloc char[20];
            foreach (var record in _records)
            {
                writer.WriteStartObject();
                for (var i = 0; i < keys.Length; i++)
                {
                    writer.WritePropertyName(keys[i]);
                    WriteValue(writer, _outputs[i].Column, _outputs[i].Column.Get(record));
                }

                if (writesId)
                {
                    // Ids are JSON strings; formatting into a span spares a string per row.
                    record.Id.TryFormat(digits, out var length, provider: System.Globalization.CultureInfo.InvariantCulture);
                    writer.WriteString(IdKey, digits[..length]);
                }

                writer.WriteEndObject();
            }
        }
        else
        {
            foreach (var row in _aggregateRows!)
            {
                writer.WriteStartObject();
                for (var i = 0; i < _outputs.Count; i++)
                {
                    var output = _outputs[i];
                    writer.WritePropertyName(keys[i]);
                    switch (row[i])
                    {
                        case null:
                            writer.WriteNullValue();
                            break;
                        case long count when output.Aggregate == CoqlAggregate.Count:
                            writer.WriteNumberValue(count);
                            break;
                        case decimal number when output.Aggregate is CoqlAggregate.Sum or CoqlAggregate.Avg:
                            writer.WriteNumberValue(number);
                            break;
                        default:
                            WriteValue(writer, output.Column, row[i]);
                            break;
                    }
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        if (_fieldMetadata is not null)
        {
            WriteFieldMetadata(writer, _fieldMetadata);
        }

        writer.WriteStartObject("info");
        writer.WriteNumber("count", Count);
        writer.WriteBoolean("more_records", MoreRecords);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The body as text, for tests and diagnostics.</summary>
    public string ToJsonString()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private void WriteValue(Utf8JsonWriter writer, CoqlColumn column, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        if (column.RendersIdOnly)
        {
            // A path that ends on a lookup gives only the id of the record it reaches.
            writer.WriteStartObject();
            writer.WriteString("id", WireWriter.Id(CoqlValues.ToLong(value) ?? 0));
            writer.WriteEndObject();
            return;
        }

        if (column.Field is { ModuleInValue: true } moduleInValue && column.Type == FieldDataType.Lookup)
        {
            _wire.ToJson(moduleInValue, value, LookupStyle.Coql)!.WriteTo(writer);
            return;
        }

        // Fast paths render exactly as WireWriter does, without building a JSON node per value.
        switch (column.Type)
        {
            case FieldDataType.DateTime when value is DateTimeOffset instant:
                writer.WriteStringValue(_wire.FormatDateTime(instant));
                return;
            case FieldDataType.Integer when value is long number:
                writer.WriteNumberValue(number);
                return;
            case FieldDataType.Double or FieldDataType.Currency or FieldDataType.Percent when value is decimal number:
                writer.WriteNumberValue(number);
                return;
            case FieldDataType.Boolean when value is bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case FieldDataType.Date when value is DateOnly date:
                writer.WriteStringValue(WireWriter.FormatDate(date));
                return;
            case FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup when value is long id:
                // Pages repeat the same owners and accounts: render each lookup object once per page.
                _lookups ??= new Dictionary<(FieldDataType, string?, long), JsonNode>();
                if (!_lookups.TryGetValue((column.Type, column.LookupModule, id), out var lookup))
                {
                    lookup = _wire.LookupJson(column.Type, column.LookupModule, id, LookupStyle.Coql);
                    _lookups[(column.Type, column.LookupModule, id)] = lookup;
                }

                lookup.WriteTo(writer);
                return;
            default:
                if (value is string text && column.Kind == CoqlValueKind.Text)
                {
                    writer.WriteStringValue(text);
                    return;
                }

                break;
        }

        var node = _wire.ToJson(column.Type, value, column.LookupModule, LookupStyle.Coql);
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    /// <summary>
    /// <c>include_meta: ["fields"]</c>: the full metadata of each selected field, keyed by the column as selected,
    /// as <c>settings/fields</c> describes it plus the keys only COQL adds.
    /// </summary>
    private void WriteFieldMetadata(Utf8JsonWriter writer, MetadataJson metadata)
    {
        writer.WriteStartObject("fields");
        foreach (var output in _outputs)
        {
            if (output.Column is not { Field: { } field, FieldModule: { } module } || output.Aggregate is not null)
            {
                continue;
            }

            writer.WritePropertyName(output.Column.Path);
            metadata.CoqlField(module, field).WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
