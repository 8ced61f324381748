using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Coql;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Search;
using ZohoCrm.Emulator.Domain.Wire;
using ZohoCrm.Emulator.Http.Auth;

namespace ZohoCrm.Emulator.Http.Query;

/// <summary>
/// The read-query endpoints: <c>POST coql</c>, <c>GET {module}/search</c> and <c>GET {module}/actions/count</c>.
/// Thin handlers over <see cref="CoqlEngine"/> and <see cref="SearchEngine"/>; errors are thrown as
/// <see cref="ZohoApiException"/> for the host to render as Zoho's envelope.
/// </summary>
public static class QueryEndpoints
{
    /// <summary>A COQL body is a short JSON object; anything this large is not one.</summary>
    private const int MaxCoqlBodyBytes = 1 << 20;

    /// <param name="crm">The <c>/crm/v8</c> route group; the host enforces authentication on it.</param>
    public static IEndpointRouteBuilder MapQueryEndpoints(this IEndpointRouteBuilder crm)
    {
        crm.MapPost("coql", ExecuteCoqlAsync);
        crm.MapGet("{module}/search", SearchAsync);
        crm.MapGet("{module}/actions/count", CountAsync);
        return crm;
    }

    private static async Task ExecuteCoqlAsync(HttpContext context)
    {
        var (query, includeFields) = await ReadCoqlBodyAsync(context.Request, context.RequestAborted);
        var services = context.RequestServices;
        var engine = new CoqlEngine(
            services.GetRequiredService<OrgSchema>(),
            services.GetRequiredService<RecordStore>(),
            services.GetRequiredService<WireWriter>(),
            services.GetRequiredService<EmulatorSettings>());
        var schema = services.GetRequiredService<OrgSchema>();
        var result = engine.Execute(query, includeFields, module =>
        {
            context.EnsureModuleScope(module, "READ");
            context.EnsureModulePermission(schema, module);
        });
        context.ChargeCredits(result.Credits);
        await WriteAsync(context, result.IsEmpty, result.WriteTo);
    }

    private static async Task SearchAsync(HttpContext context, string module)
    {
        var result = Engine(context).Search(module, ReadSearchRequest(context.Request));
        await WriteAsync(context, result.IsEmpty, result.WriteTo);
    }

    private static async Task CountAsync(HttpContext context, string module)
    {
        var count = Engine(context).Count(module, ReadSearchRequest(context.Request));
        await WriteAsync(context, empty: false, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("count", count);
            writer.WriteEndObject();
        });
    }

    private static SearchEngine Engine(HttpContext context)
    {
        var services = context.RequestServices;
        return new SearchEngine(
            services.GetRequiredService<OrgSchema>(),
            services.GetRequiredService<RecordStore>(),
            services.GetRequiredService<WireWriter>(),
            services.GetRequiredService<EmulatorSettings>());
    }

    private static SearchRequest ReadSearchRequest(HttpRequest request)
    {
        var query = new RawQueryString(request.QueryString.Value);
        return new SearchRequest
        {
            Criteria = query["criteria"],
            Email = query["email"],
            Phone = query["phone"],
            Word = query["word"],
            Page = query["page"],
            PerPage = query["per_page"],
            SortBy = query["sort_by"],
            SortOrder = query["sort_order"],
            Fields = query["fields"],
            Converted = query["converted"],
            Approved = query["approved"],
            CustomViewId = query["cvid"],
        };
    }

    /// <summary>Reads <c>{"select_query": "...", "include_meta": ["fields"]}</c> whatever the Content-Type, or none.</summary>
    private static async Task<(string Query, bool IncludeFields)> ReadCoqlBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxCoqlBodyBytes)
            {
                throw ZohoApiException.BadRequest("INVALID_DATA", "the request body is too large for a COQL query",
                    new Dictionary<string, object?> { ["maximum_bytes"] = MaxCoqlBodyBytes });
            }
        }

        if (buffer.Length == 0)
        {
            throw MissingSelectQuery();
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "the request body is not valid JSON; send {\"select_query\": \"select ... from ... where ...\"}",
                new Dictionary<string, object?> { ["expected_data_type"] = "jsonobject" });
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("select_query", out var selectQuery))
            {
                throw MissingSelectQuery();
            }

            if (selectQuery.ValueKind != JsonValueKind.String)
            {
                throw InvalidData("string", "select_query", "$.select_query");
            }

            var includeFields = false;
            if (root.TryGetProperty("include_meta", out var includeMeta) && includeMeta.ValueKind != JsonValueKind.Null)
            {
                if (includeMeta.ValueKind != JsonValueKind.Array)
                {
                    throw InvalidData("jsonarray", "include_meta", "$.include_meta");
                }

                var index = 0;
                foreach (var item in includeMeta.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String || item.GetString() != "fields")
                    {
                        // Zoho's examples name the expected type only when the item is not a string at all.
                        var details = new Dictionary<string, object?>();
                        if (item.ValueKind != JsonValueKind.String)
                        {
                            details["expected_data_type"] = "text";
                        }

                        details["api_name"] = "include_meta";
                        details["json_path"] = $"$.include_meta[{index}]";
                        details["supported_values"] = new List<string> { "fields" };
                        throw ZohoApiException.BadRequest("INVALID_DATA", "invalid data", details);
                    }

                    includeFields = true;
                    index++;
                }
            }

            return (selectQuery.GetString()!, includeFields);
        }
    }

    private static ZohoApiException MissingSelectQuery() =>
        ZohoApiException.BadRequest("MANDATORY_NOT_FOUND", "mandatory key not found",
            new Dictionary<string, object?> { ["api_name"] = "select_query" });

    private static ZohoApiException InvalidData(string expectedType, string apiName, string jsonPath) =>
        ZohoApiException.BadRequest("INVALID_DATA", "invalid data", new Dictionary<string, object?>
        {
            ["expected_data_type"] = expectedType, ["api_name"] = apiName, ["json_path"] = jsonPath,
        });

    /// <summary>200 with the body rendered straight into the response, or 204 with no body when nothing matched.</summary>
    private static async Task WriteAsync(HttpContext context, bool empty, Action<Utf8JsonWriter> write)
    {
        if (empty)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, CoqlResult.WriterOptions))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
