using System.Globalization;
using Newtonsoft.Json;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Reads one response page into the typed columns of a <see cref="ZohoCrmResultLayout"/> (<see cref="ZohoCrmPageColumns"/>),
/// in one forward pass of the API client's page reader. Only the keys a column reads are converted; the rest are
/// skipped. A body that breaks or ends early fails the whole page (the page reader checks the envelope and
/// <c>info.count</c>), so a page is complete or an error. Page bodies arrive whole (<see cref="ZohoCrmRecordPageReader"/> buffers
/// them), so the pass is synchronous: it never waits on the network.
/// </summary>
internal static class ZohoCrmPageRowReader
{
    /// <summary>Reads every record of <paramref name="page"/> into a page of column-stored values.</summary>
    /// <param name="page">The page reader, before its first record.</param>
    /// <param name="layout">The columns to read.</param>
    /// <param name="endpoint">The call, for messages.</param>
    /// <param name="expectedRows">How many rows the page likely has (the previous page's count), to size its storage once.</param>
    /// <param name="pool">Where the page's storage comes from and goes back to, or <see langword="null"/> for new storage.</param>
    public static ZohoCrmRecordPage ReadPage(ZohoCrmRecordPageReader page, ZohoCrmResultLayout layout, string endpoint, int expectedRows = 200,
        ZohoCrmPageColumnsPool? pool = null)
    {
        var columns = pool?.Rent(expectedRows) ?? new ZohoCrmPageColumns(layout, expectedRows);
        try
        {
            ReadRows(page, layout, endpoint, columns);
        }
        catch
        {
            pool?.Return(columns);
            throw;
        }

        var info = page.Info;
        return new ZohoCrmRecordPage(columns, info?.MoreRecords ?? false, info?.NextPageToken, pool);
    }

    private static void ReadRows(ZohoCrmRecordPageReader page, ZohoCrmResultLayout layout, string endpoint, ZohoCrmPageColumns columns)
    {
        var keys = new KeyCache(layout);
        var names = new LookupNames();
        try
        {
            while (page.Read())
            {
                var row = columns.AddRow();
                var position = 0;
                while (page.ReadProperty())
                {
                    if (keys.TryGetBinding(position++, page.PropertyName, out var binding))
                    {
                        ReadValue(page, binding, columns, row, names);
                    }
                }
            }
        }
        catch (JsonReaderException e)
        {
            throw new ZohoCrmException(ZohoCrmStrings.ResponseMalformed(endpoint, columns.Count, e.Message), code: "MALFORMED_RESPONSE", innerException: e);
        }
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

    private static void ReadValue(ZohoCrmRecordPageReader page, ZohoCrmResultLayout.KeyBinding binding, ZohoCrmPageColumns columns, int row,
        LookupNames names)
    {
        var json = page.Json;
        var type = ZohoCrmFieldTypeInfo.Of(binding.Type);
        object? value;
        switch (json.TokenType)
        {
            case JsonToken.StartObject when binding.NameOrdinal >= 0 || type.IsLookup:
                ReadLookup(page, binding, columns, row, names);
                return;
            case JsonToken.String or JsonToken.Integer or JsonToken.Float when binding.ValueOrdinal >= 0
                && TrySetTyped(columns[binding.ValueOrdinal], row, json.TokenType, json.Value!, type):
                return;
            case JsonToken.StartArray when type.ClrType == typeof(string[]):
                value = ReadStringArray(page);
                break;
            case JsonToken.StartArray or JsonToken.StartObject:
                value = ReadRawJson(page);
                break;
            default:
                value = type.ReadJson(json.TokenType, json.Value);
                break;
        }

        if (binding.ValueOrdinal >= 0)
        {
            columns[binding.ValueOrdinal].SetValue(row, value);
        }
        else if (binding.NameOrdinal >= 0 && value is not null)
        {
            // A display-name column whose key did not hold a lookup object shows the value as it came.
            columns[binding.NameOrdinal].SetValue(row, Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The common scalars parsed straight into their typed column, unboxed: ids sent as strings, integers, amounts,
    /// datetimes. <see langword="false"/> leaves the value to <see cref="ZohoCrmFieldTypeInfo.ReadJson"/> (same results).
    /// </summary>
    private static bool TrySetTyped(ZohoCrmPageColumn column, int row, JsonToken token, object value, ZohoCrmFieldTypeInfo type)
    {
        switch (column)
        {
            case ZohoCrmPageColumn<long> ids when type.ClrType == typeof(long):
                switch (value)
                {
                    case string text when token == JsonToken.String && ZohoCrmValueParser.TryParseInt64(text, out var id):
                        ids.Set(row, id);
                        return true;
                    case long id when token == JsonToken.Integer:
                        ids.Set(row, id);
                        return true;
                    default:
                        return false;
                }

            case ZohoCrmPageColumn<int> integers when type.ClrType == typeof(int) && token == JsonToken.Integer && value is long number and >= int.MinValue and <= int.MaxValue:
                integers.Set(row, (int)number);
                return true;
            case ZohoCrmPageColumn<decimal> amounts when type.ClrType == typeof(decimal) && token is JsonToken.Float or JsonToken.Integer:
                switch (value)
                {
                    case decimal amount:
                        amounts.Set(row, amount);
                        return true;
                    case long whole:
                        amounts.Set(row, whole);
                        return true;
                    default:
                        return false;
                }

            case ZohoCrmPageColumn<DateTimeOffset> dateTimes when type.ClrType == typeof(DateTimeOffset) && token == JsonToken.String
                && ZohoCrmDateTimes.TryParseDateTime((string)value, out var dateTime):
                dateTimes.Set(row, dateTime);
                return true;
            default:
                return false;
        }
    }

    private static void ReadLookup(ZohoCrmRecordPageReader page, ZohoCrmResultLayout.KeyBinding binding, ZohoCrmPageColumns columns, int row,
        LookupNames names)
    {
        var json = page.Json;
        var depth = json.Depth;
        var idType = ZohoCrmFieldTypeInfo.Of(ZohoCrmFieldType.BigInt);
        var idColumn = binding.ValueOrdinal >= 0 ? columns[binding.ValueOrdinal] : null;
        var nameColumn = binding.NameOrdinal >= 0 ? columns[binding.NameOrdinal] : null;
        idColumn?.SetValue(row, null);
        nameColumn?.SetValue(row, null);
        while (true)
        {
            page.ReadToken();
            if (json.TokenType == JsonToken.EndObject && json.Depth == depth)
            {
                return;
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
            else if (key == "id" && idColumn is not null)
            {
                if (json.TokenType is not (JsonToken.String or JsonToken.Integer)
                    || !TrySetTyped(idColumn, row, json.TokenType, json.Value!, idType))
                {
                    idColumn.SetValue(row, idType.ReadJson(json.TokenType, json.Value));
                }
            }
            else if (key == "name" && nameColumn is not null)
            {
                nameColumn.SetValue(row, json.TokenType switch
                {
                    JsonToken.Null => null,
                    JsonToken.String => names.Share((string)json.Value!),
                    _ => Convert.ToString(json.Value, CultureInfo.InvariantCulture),
                });
            }
        }
    }

    /// <summary>
    /// The display names of a page's lookups, each kept once: a page names the same few owners and accounts on many
    /// rows, and one string per name is what stays alive while the page is read, not one per row.
    /// </summary>
    private sealed class LookupNames
    {
        private const int MaxNames = 512;
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

        public string Share(string name)
        {
            if (_names.TryGetValue(name, out var shared))
            {
                return shared;
            }

            if (_names.Count < MaxNames)
            {
                _names.Add(name, name);
            }

            return name;
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
