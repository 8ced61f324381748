using Microsoft.AspNetCore.Http;

namespace ZohoCrm.Emulator.Http;

/// <summary>
/// The API credits a request costs (api.md §8). Endpoints whose cost depends on the request (COQL by LIMIT,
/// writes by record count) set it; the credit accounting and the request log read it; the default is 1.
/// </summary>
public static class RequestCredits
{
    private const string ItemKey = "ZohoCrm.Emulator.Credits";

    public static void ChargeCredits(this HttpContext context, int credits) => context.Items[ItemKey] = credits;

    public static int GetChargedCredits(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is int credits ? credits : 1;
}
