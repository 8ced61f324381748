using System.Diagnostics;
using CrmWeb.Model;
using Microsoft.EntityFrameworkCore;

namespace CrmWeb.Pages;

/// <summary>GET /health: one real authenticated call to Zoho (the token refreshed if needed, one COQL row read).</summary>
internal static class HealthCheck
{
    public static async Task<IResult> RunAsync(CrmContext db, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await db.Leads.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).Take(1).ToListAsync(ct);
            return Results.Json(new { status = "Healthy", milliseconds = clock.ElapsedMilliseconds });
        }
        catch (Exception e) when (e is ZohoCrm.Data.ZohoCrmException or HttpRequestException or InvalidOperationException)
        {
            return Results.Json(new { status = "Unhealthy", error = e.Message, milliseconds = clock.ElapsedMilliseconds }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
