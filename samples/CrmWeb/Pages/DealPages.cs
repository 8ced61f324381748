using CrmWeb.Model;
using Microsoft.EntityFrameworkCore;
using static CrmWeb.Pages.Html;

namespace CrmWeb.Pages;

/// <summary>A Deal with its Contact and Account: two lookups read with the deal, in one COQL call.</summary>
internal static class DealPages
{
    public static void MapDealPages(this IEndpointRouteBuilder app) => app.MapGet("/deals/{id:long}", ShowAsync);

    private static async Task<IResult> ShowAsync(long id, CrmContext db, CancellationToken ct)
    {
        var deal = await db.Deals.AsNoTracking()
            .Include(d => d.Account)
            .Include(d => d.Contact)
            .SingleOrDefaultAsync(d => d.Id == id, ct);
        if (deal is null)
        {
            return Page("Not found", $"<p>No deal has the id {id}.</p>", StatusCodes.Status404NotFound);
        }

        return Page(deal.Deal_Name, $"""
            <dl id="deal">
            <dt>Stage</dt><dd>{E(deal.Stage)}</dd>
            <dt>Amount</dt><dd>{E(deal.Amount)}</dd>
            <dt>Closing date</dt><dd>{E(deal.Closing_Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}</dd>
            <dt>Account</dt><dd id="account">{E(deal.Account?.Account_Name)} ({E(deal.Account?.Industry)})</dd>
            <dt>Contact</dt><dd id="contact">{E(deal.Contact?.First_Name)} {E(deal.Contact?.Last_Name)} &lt;{E(deal.Contact?.Email)}&gt;</dd>
            </dl>
            """);
    }
}
