using System.Globalization;
using Newtonsoft.Json;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Reads one response page into typed rows of a <see cref="ZohoCrmResultLayout"/>, in one forward pass of the API
/// client's page reader. Only the keys a column reads are converted; the rest are skipped unread. A body that breaks
/// or ends early fails the whole page (the page reader checks the envelope and <c>info.count</c>), so a page is
/// complete or an error. The executor's bodies arrive whole (<see cref="ZohoCrmBufferingHandler"/>), so the pass is
/// synchronous: it never waits on the network.
/// </summary>
internal static class ZohoCrmPageRowReader
{
    public static ZohoCrmRecordPage ReadPage(ZohoCrmRecordPageReader page, ZohoCrmResultLayout layout, string endpoint)
    {
        var rows = new List<object?[]>();
        var width = layout.Columns.Count;
        var keys = new KeyCache(layout);
        try
        {
            while (page.Read())
            {
                var row = new object?[width];
                var position = 0;
                while (page.ReadProperty())
                {
                    if (keys.TryGetBinding(position++, page.PropertyName, out var binding))
                    {
                        ReadValue(page, binding, row);
                    }
                }

                rows.Add(row);
            }
        }
        catch (JsonReaderException e)
        {
            throw new ZohoCrmException(ZohoCrmStrings.ResponseMalformed(endpoint, rows.Count, e.Message), code: "MALFORMED_RESPONSE", innerException: e);
        }

        var info = page.Info;
        return new ZohoCrmRecordPage(rows, info?.MoreRecords ?? false, info?.NextPageToken);
    }

    /// <summary>
    /// The binding of each key by its position in the record: the records of a page repeat their keys in one order, and
    /// the page reader hands out one string instance per name, so a key is matched by reference without hashing it.
    /// A key seen at another position is looked up in the layout (case-insensitively) as usual.
    /// </summary>
    private struct KeyCache(ZohoCrmResultLayout layout)
    {
        private const int MaxPositions = 512;
        private string?[] _names = new string?[16];
        private ZohoCrmResultLayout.KeyBinding?[] _bindings = new ZohoCrmResultLayout.KeyBinding?[16];

        public bool TryGetBinding(int position, string name, out ZohoCrmResultLayout.KeyBinding binding)
        {
            if (position < _names.Length && ReferenceEquals(_names[position], name))
            {
                var cached = _bindings[position];
                binding = cached.GetValueOrDefault();
                return cached.HasValue;
            }

            var found = layout.TryGetBinding(name, out binding);
            if (position < MaxPositions)
            {
                if (position >= _names.Length)
                {
                    Array.Resize(ref _names, Math.Min(MaxPositions, _names.Length * 2));
                    Array.Resize(ref _bindings, _names.Length);
                }

                _names[position] = name;
                _bindings[position] = found ? binding : null;
            }

            return found;
        }
    }

    private static void ReadValue(ZohoCrmRecordPageReader page, ZohoCrmResultLayout.KeyBinding binding, object?[] row)
    {
        var json = page.Json;
        object? value;
        switch (json.TokenType)
        {
            case JsonToken.StartObject when binding.NameOrdinal >= 0 || binding.Type.IsLookup():
                ReadLookup(page, binding, row);
                return;
            case JsonToken.StartArray when binding.Type == ZohoCrmFieldType.MultiSelectPicklist:
                value = ReadStringArray(page);
                break;
            case JsonToken.StartArray or JsonToken.StartObject:
                value = ReadRawJson(page);
                break;
            default:
                value = ZohoCrmValueParser.FromScalar(json.TokenType, json.Value, binding.Type);
                break;
        }

        if (binding.ValueOrdinal >= 0)
        {
            row[binding.ValueOrdinal] = value;
        }
        else if (binding.NameOrdinal >= 0 && value is not null)
        {
            // A display-name column whose key did not hold a lookup object shows the value as it came.
            row[binding.NameOrdinal] = Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }

    private static void ReadLookup(ZohoCrmRecordPageReader page, ZohoCrmResultLayout.KeyBinding binding, object?[] row)
    {
        var json = page.Json;
        var depth = json.Depth;
        object? id = null;
        string? name = null;
        while (true)
        {
            page.ReadToken();
            if (json.TokenType == JsonToken.EndObject && json.Depth == depth)
            {
                break;
            }

            if (json.TokenType != JsonToken.PropertyName)
            {
                throw new JsonReaderException("a lookup value holds " + json.TokenType + " where a property was expected");
            }

            var key = (string)json.Value!;
            page.ReadToken();
            if (json.TokenType is JsonToken.StartObject or JsonToken.StartArray)
            {
                Skip(page);
            }
            else if (key == "id")
            {
                id = ZohoCrmValueParser.FromScalar(json.TokenType, json.Value, ZohoCrmFieldType.BigInt);
            }
            else if (key == "name")
            {
                name = json.TokenType == JsonToken.Null ? null : Convert.ToString(json.Value, CultureInfo.InvariantCulture);
            }
        }

        if (binding.ValueOrdinal >= 0)
        {
            row[binding.ValueOrdinal] = id;
        }

        if (binding.NameOrdinal >= 0)
        {
            row[binding.NameOrdinal] = name;
        }
    }

    private static string[] ReadStringArray(ZohoCrmRecordPageReader page)
    {
        var json = page.Json;
        var depth = json.Depth;
        var values = new List<string>();
        while (true)
        {
            page.ReadToken();
            if (json.TokenType == JsonToken.EndArray && json.Depth == depth)
            {
                return values.ToArray();
            }

            if (json.TokenType is JsonToken.StartObject or JsonToken.StartArray)
            {
                values.Add(ReadRawJson(page));
            }
            else if (json.TokenType != JsonToken.Null)
            {
                values.Add(Convert.ToString(json.Value, CultureInfo.InvariantCulture)!);
            }
        }
    }

    /// <summary>Copies the object or array the reader is on as JSON text (for types this version does not model).</summary>
    private static string ReadRawJson(ZohoCrmRecordPageReader page)
    {
        var json = page.Json;
        var depth = json.Depth;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            writer.WriteToken(json.TokenType, json.Value);
            do
            {
                page.ReadToken();
                writer.WriteToken(json.TokenType, json.Value);
            }
            while (json.Depth > depth || json.TokenType is not (JsonToken.EndObject or JsonToken.EndArray));
        }

        return text.ToString();
    }

    private static void Skip(ZohoCrmRecordPageReader page)
    {
        var json = page.Json;
        var depth = json.Depth;
        do
        {
            page.ReadToken();
        }
        while (json.Depth > depth || json.TokenType is not (JsonToken.EndObject or JsonToken.EndArray));
    }
}
