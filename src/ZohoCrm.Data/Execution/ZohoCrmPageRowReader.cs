using System.Globalization;
using Newtonsoft.Json;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Reads one response page, streamed by the API client, into typed rows of a <see cref="ZohoCrmResultLayout"/>. Only
/// the keys a column reads are converted; the rest are skipped unread. A body that breaks or ends early fails the whole
/// page (the API client's page reader checks the envelope and <c>info.count</c>), so a page is complete or an error.
/// </summary>
internal static class ZohoCrmPageRowReader
{
    public static async Task<ZohoCrmRecordPage> ReadPageAsync(ZohoCrmRecordPageReader page, ZohoCrmResultLayout layout, string endpoint, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        var width = layout.Columns.Count;
        try
        {
            while (await page.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = new object?[width];
                while (await page.ReadPropertyAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (layout.TryGetBinding(page.PropertyName, out var binding))
                    {
                        await ReadValueAsync(page, binding, row, cancellationToken).ConfigureAwait(false);
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

    private static async Task ReadValueAsync(ZohoCrmRecordPageReader page, ZohoCrmResultLayout.KeyBinding binding, object?[] row, CancellationToken cancellationToken)
    {
        var json = page.Json;
        object? value;
        switch (json.TokenType)
        {
            case JsonToken.StartObject when binding.NameOrdinal >= 0 || binding.Type.IsLookup():
                await ReadLookupAsync(page, binding, row, cancellationToken).ConfigureAwait(false);
                return;
            case JsonToken.StartArray when binding.Type == ZohoCrmFieldType.MultiSelectPicklist:
                value = await ReadStringArrayAsync(page, cancellationToken).ConfigureAwait(false);
                break;
            case JsonToken.StartArray or JsonToken.StartObject:
                value = await ReadRawJsonAsync(page, cancellationToken).ConfigureAwait(false);
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

    private static async Task ReadLookupAsync(ZohoCrmRecordPageReader page, ZohoCrmResultLayout.KeyBinding binding, object?[] row, CancellationToken cancellationToken)
    {
        var json = page.Json;
        var depth = json.Depth;
        object? id = null;
        string? name = null;
        while (true)
        {
            await page.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
            if (json.TokenType == JsonToken.EndObject && json.Depth == depth)
            {
                break;
            }

            if (json.TokenType != JsonToken.PropertyName)
            {
                throw new JsonReaderException("a lookup value holds " + json.TokenType + " where a property was expected");
            }

            var key = (string)json.Value!;
            await page.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
            if (json.TokenType is JsonToken.StartObject or JsonToken.StartArray)
            {
                await SkipAsync(page, cancellationToken).ConfigureAwait(false);
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

    private static async Task<string[]> ReadStringArrayAsync(ZohoCrmRecordPageReader page, CancellationToken cancellationToken)
    {
        var json = page.Json;
        var depth = json.Depth;
        var values = new List<string>();
        while (true)
        {
            await page.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
            if (json.TokenType == JsonToken.EndArray && json.Depth == depth)
            {
                return values.ToArray();
            }

            if (json.TokenType is JsonToken.StartObject or JsonToken.StartArray)
            {
                values.Add(await ReadRawJsonAsync(page, cancellationToken).ConfigureAwait(false));
            }
            else if (json.TokenType != JsonToken.Null)
            {
                values.Add(Convert.ToString(json.Value, CultureInfo.InvariantCulture)!);
            }
        }
    }

    /// <summary>Copies the object or array the reader is on as JSON text (for types this version does not model).</summary>
    private static async Task<string> ReadRawJsonAsync(ZohoCrmRecordPageReader page, CancellationToken cancellationToken)
    {
        var json = page.Json;
        var depth = json.Depth;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            writer.WriteToken(json.TokenType, json.Value);
            do
            {
                await page.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
                writer.WriteToken(json.TokenType, json.Value);
            }
            while (json.Depth > depth || json.TokenType is not (JsonToken.EndObject or JsonToken.EndArray));
        }

        return text.ToString();
    }

    private static async Task SkipAsync(ZohoCrmRecordPageReader page, CancellationToken cancellationToken)
    {
        var json = page.Json;
        var depth = json.Depth;
        do
        {
            await page.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        while (json.Depth > depth || json.TokenType is not (JsonToken.EndObject or JsonToken.EndArray));
    }
}
