using System.Text.Json;
using ZohoCrm.Emulator.Domain.Coql;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Domain.Search;

/// <summary>
/// One page of Search results: full records as Get Records renders them, and
/// <c>info</c> {per_page, count, page, sort_by, sort_order, more_records}. Empty: a 204 with no body.
/// </summary>
public sealed class SearchResult
{
    private readonly WireWriter _wire;
    private readonly IReadOnlyList<FieldDefinition> _fields;
    private readonly IReadOnlyList<StoredRecord> _records;

    internal SearchResult(WireWriter wire, IReadOnlyList<FieldDefinition> fields, IReadOnlyList<StoredRecord> records,
        int perPage, int page, string sortBy, string sortOrder, bool moreRecords)
    {
        _wire = wire;
        _fields = fields;
        _records = records;
        PerPage = perPage;
        Page = page;
        SortBy = sortBy;
        SortOrder = sortOrder;
        MoreRecords = moreRecords;
    }

    public int Count => _records.Count;
    public int PerPage { get; }
    public int Page { get; }
    public string SortBy { get; }
    public string SortOrder { get; }
    public bool MoreRecords { get; }
    public bool IsEmpty => Count == 0;

    /// <summary>The ids of the page's records, in order.</summary>
    public IEnumerable<long> Ids => _records.Select(r => r.Id);

    private static void WriteNode(Utf8JsonWriter writer, System.Text.Json.Nodes.JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("data");
        var keys = _fields.Select(f => JsonEncodedText.Encode(f.ApiName, CoqlResult.WriterOptions.Encoder)).ToArray();
        foreach (var record in _records)
        {
            writer.WriteStartObject();
            for (var i = 0; i < keys.Length; i++)
            {
                var field = _fields[i];
                writer.WritePropertyName(keys[i]);
                var value = record.Values.GetValueOrDefault(field.ApiName);
                WriteNode(writer, _wire.ToJson(field, value, LookupStyle.Records));
                if (field.IsMultiModuleLookup && !field.ModuleInValue)
                {
                    var module = value is null ? null : _wire.ModuleOf(field, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteString("$se_module", module);
                }
            }

            writer.WriteString("id", WireWriter.Id(record.Id));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("info");
        writer.WriteNumber("per_page", PerPage);
        writer.WriteNumber("count", Count);
        writer.WriteNumber("page", Page);
        writer.WriteString("sort_by", SortBy);
        writer.WriteString("sort_order", SortOrder);
        writer.WriteBoolean("more_records", MoreRecords);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public string ToJsonString()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CoqlResult.WriterOptions))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
