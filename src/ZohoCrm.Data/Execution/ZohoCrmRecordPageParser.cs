using System.Globalization;
using Newtonsoft.Json;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Reads a Zoho list response (<c>{"data":[...],"info":{...}}</c>, from COQL, Search or Get Records) into typed rows of
/// a <see cref="ZohoCrmResultLayout"/>, in one forward pass with Newtonsoft's <see cref="JsonTextReader"/>. Keys no
/// column reads are skipped. Dates are never guessed: datetimes keep their offset, numbers with a fraction are read
/// as decimals. A body that is not a complete, well-formed response is an error, never a short page.
/// </summary>
internal static class ZohoCrmRecordPageParser
{
    /// <summary>Parses a whole response body. <paramref name="endpoint"/> names the call in errors.</summary>
    public static ZohoCrmRecordPage Parse(TextReader body, ZohoCrmResultLayout layout, string endpoint)
    {
        using var json = new JsonTextReader(body)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            PropertyNameTable = layout.NameTable,
            CloseInput = false,
            MaxDepth = 64,
        };

        try
        {
            return ParseEnvelope(json, layout, endpoint);
        }
        catch (JsonReaderException e) when (IsEndOfInput(e, json))
        {
            throw new ZohoCrmException(ZohoCrmStrings.ResponseTruncated(endpoint), code: "RESPONSE_TRUNCATED", innerException: e);
        }
        catch (JsonReaderException e)
        {
            throw Malformed(endpoint, e.Message, e);
        }
    }

    /// <summary>Parses a whole response body held in memory.</summary>
    public static ZohoCrmRecordPage Parse(ReadOnlyMemory<byte> utf8Body, ZohoCrmResultLayout layout, string endpoint)
    {
        if (utf8Body.IsEmpty)
        {
            return ZohoCrmRecordPage.Empty;
        }

        using var stream = new ReadOnlyMemoryStream(utf8Body);
        using var text = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
        return Parse(text, layout, endpoint);
    }

    private static ZohoCrmRecordPage ParseEnvelope(JsonTextReader json, ZohoCrmResultLayout layout, string endpoint)
    {
        if (!json.Read())
        {
            // An empty body is Zoho's 204 for "no rows".
            return ZohoCrmRecordPage.Empty;
        }

        Expect(json, JsonToken.StartObject, endpoint, "the body is not a JSON object");
        List<object?[]>? rows = null;
        int? declaredCount = null;
        var moreRecords = false;
        string? nextPageToken = null;

        while (ReadRequired(json, endpoint) && json.TokenType == JsonToken.PropertyName)
        {
            var name = (string)json.Value!;
            ReadRequired(json, endpoint);
            switch (name)
            {
                case "data":
                    rows = ReadRows(json, layout, endpoint);
                    break;
                case "info":
                    ReadInfo(json, endpoint, ref declaredCount, ref moreRecords, ref nextPageToken);
                    break;
                default:
                    json.Skip();
                    break;
            }
        }

        Expect(json, JsonToken.EndObject, endpoint, "the body object is not closed");
        if (json.Read())
        {
            throw Malformed(endpoint, "content follows the response object");
        }

        if (rows is null)
        {
            throw Malformed(endpoint, "it has no \"data\" array");
        }

        if (declaredCount is { } count && count != rows.Count)
        {
            throw new ZohoCrmException(ZohoCrmStrings.ResponseCountMismatch(endpoint, count, rows.Count), code: "RESPONSE_MALFORMED");
        }

        return new ZohoCrmRecordPage(rows, moreRecords, nextPageToken);
    }

    private static List<object?[]> ReadRows(JsonTextReader json, ZohoCrmResultLayout layout, string endpoint)
    {
        Expect(json, JsonToken.StartArray, endpoint, "\"data\" is not an array");
        var rows = new List<object?[]>();
        var width = layout.Columns.Count;
        while (ReadRequired(json, endpoint) && json.TokenType != JsonToken.EndArray)
        {
            Expect(json, JsonToken.StartObject, endpoint, "a record in \"data\" is not an object");
            var row = new object?[width];
            while (ReadRequired(json, endpoint) && json.TokenType == JsonToken.PropertyName)
            {
                var key = (string)json.Value!;
                ReadRequired(json, endpoint);
                if (layout.TryGetBinding(key, out var binding))
                {
                    ReadValue(json, binding, row, endpoint);
                }
                else
                {
                    json.Skip();
                }
            }

            Expect(json, JsonToken.EndObject, endpoint, "a record is not closed");
            rows.Add(row);
        }

        return rows;
    }

    private static void ReadValue(JsonTextReader json, ZohoCrmResultLayout.KeyBinding binding, object?[] row, string endpoint)
    {
        if (json.TokenType == JsonToken.StartObject && (binding.NameOrdinal >= 0 || binding.Type.IsLookup()))
        {
            ReadLookup(json, binding, row, endpoint);
            return;
        }

        var value = ReadScalar(json, binding.Type);
        if (binding.ValueOrdinal >= 0)
        {
            row[binding.ValueOrdinal] = value;
        }
        else if (binding.NameOrdinal >= 0 && value is not null)
        {
            // A name column whose key did not hold a lookup object: show the value as it came.
            row[binding.NameOrdinal] = Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }

    private static void ReadLookup(JsonTextReader json, ZohoCrmResultLayout.KeyBinding binding, object?[] row, string endpoint)
    {
        object? id = null;
        string? name = null;
        while (ReadRequired(json, endpoint) && json.TokenType == JsonToken.PropertyName)
        {
            var key = (string)json.Value!;
            ReadRequired(json, endpoint);
            switch (key)
            {
                case "id":
                    id = ReadScalar(json, ZohoCrmFieldType.BigInt);
                    break;
                case "name":
                    name = json.TokenType == JsonToken.Null ? null : ReadScalar(json, ZohoCrmFieldType.Text) as string;
                    break;
                default:
                    json.Skip();
                    break;
            }
        }

        Expect(json, JsonToken.EndObject, endpoint, "a lookup value is not closed");
        if (binding.ValueOrdinal >= 0)
        {
            row[binding.ValueOrdinal] = id;
        }

        if (binding.NameOrdinal >= 0)
        {
            row[binding.NameOrdinal] = name;
        }
    }

    /// <summary>Reads the current token as a value of a Zoho type; keeps it as sent when it does not parse as that type.</summary>
    private static object? ReadScalar(JsonTextReader json, ZohoCrmFieldType type)
    {
        switch (json.TokenType)
        {
            case JsonToken.Null or JsonToken.Undefined:
                return null;
            case JsonToken.String:
                return FromString((string)json.Value!, type);
            case JsonToken.Integer:
                return FromInteger(json.Value!, type);
            case JsonToken.Float:
                return FromFloat(json.Value!, type);
            case JsonToken.Boolean:
                return type is ZohoCrmFieldType.Boolean or ZohoCrmFieldType.Unknown or ZohoCrmFieldType.Formula
                    ? json.Value
                    : (bool)json.Value! ? "true" : "false";
            case JsonToken.StartArray when type == ZohoCrmFieldType.MultiSelectPicklist:
                return ReadStringArray(json);
            case JsonToken.StartArray or JsonToken.StartObject:
                return ReadRawJson(json);
            default:
                throw new JsonReaderException($"unexpected token {json.TokenType}");
        }
    }

    private static object FromString(string text, ZohoCrmFieldType type)
    {
        switch (type)
        {
            case ZohoCrmFieldType.BigInt or ZohoCrmFieldType.Lookup or ZohoCrmFieldType.OwnerLookup or ZohoCrmFieldType.UserLookup:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : text;
            case ZohoCrmFieldType.Integer:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : text;
            case ZohoCrmFieldType.Double or ZohoCrmFieldType.Currency or ZohoCrmFieldType.Percent:
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : text;
            case ZohoCrmFieldType.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : text;
            case ZohoCrmFieldType.DateTime:
                return ZohoCrmDateTimes.TryParseDateTime(text, out var dateTime) ? dateTime : text;
            case ZohoCrmFieldType.Boolean:
                return bool.TryParse(text, out var b) ? b : text;
            default:
                return text;
        }
    }

    private static object FromInteger(object value, ZohoCrmFieldType type)
    {
        // Newtonsoft reads integers as long, or BigInteger past long's range.
        if (value is not long number)
        {
            return type is ZohoCrmFieldType.Double or ZohoCrmFieldType.Currency or ZohoCrmFieldType.Percent
                ? decimal.Parse(value.ToString()!, CultureInfo.InvariantCulture)
                : value.ToString()!;
        }

        return type switch
        {
            ZohoCrmFieldType.Integer => number is >= int.MinValue and <= int.MaxValue ? (object)(int)number : number,
            ZohoCrmFieldType.Double or ZohoCrmFieldType.Currency or ZohoCrmFieldType.Percent => (decimal)number,
            ZohoCrmFieldType.Text or ZohoCrmFieldType.Textarea or ZohoCrmFieldType.Picklist or ZohoCrmFieldType.AutoNumber
                or ZohoCrmFieldType.Phone => number.ToString(CultureInfo.InvariantCulture),
            _ => number,
        };
    }

    private static object FromFloat(object value, ZohoCrmFieldType type) => type switch
    {
        ZohoCrmFieldType.Text or ZohoCrmFieldType.Textarea or ZohoCrmFieldType.Picklist =>
            Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => value,
    };

    private static string[] ReadStringArray(JsonTextReader json)
    {
        var values = new List<string>();
        while (json.Read() && json.TokenType != JsonToken.EndArray)
        {
            switch (json.TokenType)
            {
                case JsonToken.String:
                    values.Add((string)json.Value!);
                    break;
                case JsonToken.Null:
                    break;
                case JsonToken.StartObject or JsonToken.StartArray:
                    values.Add(ReadRawJson(json));
                    break;
                default:
                    values.Add(Convert.ToString(json.Value, CultureInfo.InvariantCulture)!);
                    break;
            }
        }

        if (json.TokenType != JsonToken.EndArray)
        {
            throw new JsonReaderException("unexpected end of content in an array");
        }

        return values.ToArray();
    }

    private static string ReadRawJson(JsonTextReader json)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { DateFormatHandling = DateFormatHandling.IsoDateFormat })
        {
            writer.WriteToken(json, writeChildren: true);
        }

        return text.ToString();
    }

    private static void ReadInfo(JsonTextReader json, string endpoint, ref int? count, ref bool moreRecords, ref string? nextPageToken)
    {
        if (json.TokenType == JsonToken.Null)
        {
            return;
        }

        Expect(json, JsonToken.StartObject, endpoint, "\"info\" is not an object");
        while (ReadRequired(json, endpoint) && json.TokenType == JsonToken.PropertyName)
        {
            var key = (string)json.Value!;
            ReadRequired(json, endpoint);
            switch (key)
            {
                case "count" when json.TokenType == JsonToken.Integer:
                    count = checked((int)(long)json.Value!);
                    break;
                case "more_records" when json.TokenType == JsonToken.Boolean:
                    moreRecords = (bool)json.Value!;
                    break;
                case "next_page_token" when json.TokenType == JsonToken.String:
                    nextPageToken = (string)json.Value!;
                    break;
                default:
                    json.Skip();
                    break;
            }
        }

        Expect(json, JsonToken.EndObject, endpoint, "\"info\" is not closed");
    }

    private static bool ReadRequired(JsonTextReader json, string endpoint) =>
        json.Read() ? true : throw new ZohoCrmException(ZohoCrmStrings.ResponseTruncated(endpoint), code: "RESPONSE_TRUNCATED");

    private static void Expect(JsonTextReader json, JsonToken token, string endpoint, string problem)
    {
        if (json.TokenType != token)
        {
            throw Malformed(endpoint, problem);
        }
    }

    // Newtonsoft has no error code for "input ended": its messages for a cut body start like these.
    private static bool IsEndOfInput(JsonReaderException e, JsonTextReader json) =>
        e.Message.StartsWith("Unexpected end", StringComparison.Ordinal)
        || e.Message.StartsWith("Unterminated string", StringComparison.Ordinal)
        || (json.Depth > 0 && e.Message.Contains("end of input", StringComparison.OrdinalIgnoreCase));

    private static ZohoCrmException Malformed(string endpoint, string problem, Exception? inner = null) =>
        new(ZohoCrmStrings.ResponseMalformed(endpoint, problem), code: "RESPONSE_MALFORMED", innerException: inner);

    /// <summary>A read-only stream over memory, so a page held as bytes is parsed without a copy.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => memory.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - _position);
            memory.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
