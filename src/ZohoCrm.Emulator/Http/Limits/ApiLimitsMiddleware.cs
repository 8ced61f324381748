using System.Globalization;
using Microsoft.AspNetCore.Http;
using ZohoCrm.Emulator.Domain.Limits;
using ZohoCrm.Emulator.Http.Errors;
using ZohoCrm.Emulator.Http.Hosting;

namespace ZohoCrm.Emulator.Http.Limits;

/// <summary>
/// Enforces the org's credit budget and concurrency limit on authenticated CRM calls: over either, 429
/// TOO_MANY_REQUESTS with <c>Retry-After</c> (seconds). An admitted call is charged what its endpoint set with
/// <see cref="RequestCredits.ChargeCredits"/> (1 by default, set before the response starts) when it ends; calls
/// answered with an error envelope count too, as they do at Zoho.
/// </summary>
public sealed class ApiLimitsMiddleware
{
    private const string ChargedKey = "ZohoCrm.Emulator.CreditsCharged";
    private readonly RequestDelegate _next;
    private readonly ApiLimits _limits;

    public ApiLimitsMiddleware(RequestDelegate next, ApiLimits limits)
    {
        _next = next;
        _limits = limits;
    }

    /// <summary>What a finished call was charged: 0 for token calls and calls refused before they ran.</summary>
    public static int CreditsCharged(HttpContext context) =>
        context.Items.TryGetValue(ChargedKey, out var value) && value is int credits ? credits : 0;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!EmulatorPaths.IsCrm(context.Request.Path))
        {
            await _next(context);
            return;
        }

        var decision = _limits.TryStart();
        if (!decision.Admitted)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(decision.RetryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var message = decision.Exceeded == LimitKind.Credits
                ? $"The API credit limit of {_limits.CreditBudget} credits in 24 hours is used up."
                : $"Too many simultaneous API calls: the limit is {_limits.ConcurrencyLimit}.";
            await ZohoErrorResponse.WriteAsync(context, 429, "TOO_MANY_REQUESTS", message);
            return;
        }

        // The call ends for the client when its response starts, so the slot is freed and the credits are charged
        // then (or when the pipeline returns, for a response that never started); whichever comes first.
        var finished = 0;
        void Finish()
        {
            if (Interlocked.Exchange(ref finished, 1) == 0)
            {
                var credits = context.GetChargedCredits();
                context.Items[ChargedKey] = credits;
                _limits.Complete(credits);
            }
        }

        context.Response.OnStarting(() =>
        {
            Finish();
            return Task.CompletedTask;
        });
        try
        {
            await _next(context);
        }
        finally
        {
            Finish();
        }
    }
}
