using ZohoCrm.Emulator.Http.Auth;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Http.Errors;

namespace ZohoCrm.Emulator.Http.Records;

/// <summary>
/// The record APIs under <c>/crm/v8</c> (api.md §5, §6): list, get, insert, update, upsert, delete. Handlers only
/// translate HTTP to <see cref="RecordReader"/> and <see cref="RecordWriter"/> calls; errors are
/// <see cref="ZohoApiException"/>s the host renders as Zoho envelopes.
/// </summary>
public static class RecordEndpoints
{
    public static IEndpointRouteBuilder MapRecordEndpoints(this IEndpointRouteBuilder crm)
    {
        // Record ids are numbers: other second segments (search, upsert, actions) keep the host's
        // INVALID_REQUEST_METHOD / INVALID_URL_PATTERN answers instead of reading as a bad id.
        crm.MapGet("{module}", List);
        crm.MapGet("{module}/{id:long}", Get);
        crm.MapPost("{module}", Insert);
        crm.MapPut("{module}", Update);
        crm.MapPut("{module}/{id:long}", UpdateOne);
        crm.MapPost("{module}/upsert", Upsert);
        crm.MapDelete("{module}", Delete);
        crm.MapDelete("{module}/{id:long}", DeleteOne);
        return crm;
    }

    private static IResult List(HttpContext context, string module)
    {
        var query = context.Request.Query;
        var result = Domain(context).Reader.List(new RecordListRequest
        {
            Module = module,
            Fields = query["fields"],
            Page = query["page"],
            PerPage = query["per_page"],
            PageToken = query["page_token"],
            SortBy = query["sort_by"],
            SortOrder = query["sort_order"],
            Ids = query["ids"],
            Cvid = query["cvid"],
            IfModifiedSince = context.Request.Headers.IfModifiedSince.Count > 0 ? context.Request.Headers.IfModifiedSince.ToString() : null,
        }, Strict(context));
        return ZohoJsonResults.Json(result.Body, result.Status);
    }

    private static IResult Get(HttpContext context, string module, long id)
    {
        var result = Domain(context).Reader.Get(module, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return ZohoJsonResults.Json(result.Body, result.Status);
    }

    private static async Task<IResult> Insert(HttpContext context, string module)
    {
        var domain = Domain(context);
        if (UnknownModuleInData(domain, module) is { } unknown)
        {
            return unknown;
        }

        var request = RecordWriteRequest.Parse(await ZohoJsonResults.ReadBodyAsync(context.Request, context.RequestAborted));
        request.ActingUserId = context.GetTokenUser();
        return Answer(context, domain.Writer.Insert(module, request, Strict(context)));
    }

    private static Task<IResult> Update(HttpContext context, string module) => UpdateCore(context, module, null);

    private static Task<IResult> UpdateOne(HttpContext context, string module, long id) =>
        UpdateCore(context, module, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<IResult> UpdateCore(HttpContext context, string module, string? id)
    {
        var domain = Domain(context);
        domain.Writer.RequireModule(module);
        DateTimeOffset? unmodifiedSince = null;
        if (context.Request.Headers.IfUnmodifiedSince.Count > 0)
        {
            var header = context.Request.Headers.IfUnmodifiedSince.ToString();
            unmodifiedSince = HeaderDates.TryParse(header, out var since)
                ? since
                : throw ZohoApiException.BadRequest("INVALID_DATA", "If-Unmodified-Since must be an ISO 8601 date-time with an offset, such as 2019-07-25T15:26:49+05:30",
                    new Dictionary<string, object?> { ["header_name"] = "If-Unmodified-Since" });
        }

        var request = RecordWriteRequest.Parse(await ZohoJsonResults.ReadBodyAsync(context.Request, context.RequestAborted));
        request.ActingUserId = context.GetTokenUser();
        return Answer(context, domain.Writer.Update(module, request, id, unmodifiedSince, Strict(context)));
    }

    private static async Task<IResult> Upsert(HttpContext context, string module)
    {
        var domain = Domain(context);
        if (UnknownModuleInData(domain, module) is { } unknown)
        {
            return unknown;
        }

        var request = RecordWriteRequest.Parse(await ZohoJsonResults.ReadBodyAsync(context.Request, context.RequestAborted));
        request.ActingUserId = context.GetTokenUser();
        return Answer(context, domain.Writer.Upsert(module, request, Strict(context)));
    }

    private static IResult Delete(HttpContext context, string module)
    {
        var ids = context.Request.Query["ids"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Answer(context, Domain(context).Writer.Delete(module, ids));
    }

    private static IResult DeleteOne(HttpContext context, string module, long id) =>
        Answer(context, Domain(context).Writer.Delete(module, [id.ToString(System.Globalization.CultureInfo.InvariantCulture)]));

    private static IResult Answer(HttpContext context, WriteBatchResult result)
    {
        context.ChargeCredits(result.Credits);
        return ZohoJsonResults.Json(result.ToJson(), result.HttpStatus);
    }

    /// <summary>
    /// Zoho's v8 examples answer an unknown module on insert and upsert inside <c>data</c>, as a record's error is
    /// (update and delete answer it at the top level); null when the module may be written.
    /// </summary>
    private static IResult? UnknownModuleInData(EmulatorDomain domain, string module)
    {
        try
        {
            domain.Writer.RequireModule(module);
            return null;
        }
        catch (ZohoApiException error)
        {
            var envelope = JsonNode.Parse(ZohoErrorResponse.Render(error.Code, error.Message, error.Details));
            return ZohoJsonResults.Json(new JsonObject { ["data"] = new JsonArray(envelope) }, error.HttpStatus);
        }
    }

    private static EmulatorDomain Domain(HttpContext context) => context.RequestServices.GetRequiredService<EmulatorDomain>();

    private static bool Strict(HttpContext context) => context.RequestServices.GetService<EmulatorSettings>()?.Strict ?? true;
}
