using ZohoCrm.Emulator.Http.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Http.Records;

namespace ZohoCrm.Emulator.Http.Metadata;

/// <summary>The settings APIs under <c>/crm/v8</c>: modules, fields, users and org (api.md §7, §10).</summary>
public static class MetadataEndpoints
{
    public static IEndpointRouteBuilder MapMetadataEndpoints(this IEndpointRouteBuilder crm)
    {
        crm.MapGet("settings/modules", (HttpContext context) => ZohoJsonResults.Json(Domain(context).Metadata.Modules()));
        crm.MapGet("settings/modules/{apiName}", (HttpContext context, string apiName) =>
            ZohoJsonResults.Json(Domain(context).Metadata.ModuleByApiName(apiName)));
        crm.MapGet("settings/fields", (HttpContext context) =>
            ZohoJsonResults.Json(Domain(context).Metadata.Fields(context.Request.Query["module"], context.Request.Query["type"])));
        crm.MapGet("users", (HttpContext context) =>
            ZohoJsonResults.Json(Domain(context).Metadata.Users(context.Request.Query["type"], context.Request.Query["page"], context.Request.Query["per_page"], context.GetTokenUser())));
        crm.MapGet("org", (HttpContext context) =>
            ZohoJsonResults.Json(Domain(context).Metadata.Org(context.RequestServices.GetService<EmulatorSettings>()?.Edition ?? "enterprise")));
        return crm;
    }

    private static EmulatorDomain Domain(HttpContext context) => context.RequestServices.GetRequiredService<EmulatorDomain>();
}
