using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using ZohoCrm.Data;
using ZohoCrm.Data.OAuth;
using static CrmWeb.Pages.Html;

namespace CrmWeb.SignIn;

/// <summary>
/// Sign in with Zoho through the OAuth web flow: /signin sends the browser to Zoho's consent page with a fresh state
/// kept in a protected cookie, /signin-zoho checks the state, exchanges the code (once: the cookie goes with it) and
/// signs the Zoho user in with a cookie; their tokens are saved under their Zoho user id. /signout revokes the tokens
/// at Zoho and signs out.
/// </summary>
internal static class ZohoSignIn
{
    public const string CallbackPath = "/signin-zoho";
    private const string StateCookie = "CrmWeb.ZohoSignIn";

    /// <summary>The Zoho user id a request acts for (<c>Database.SetZohoCrmUser</c>), or null when nobody is signed in.</summary>
    public static string? UserOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static void MapZohoSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", SignIn).AllowAnonymous();
        app.MapGet(CallbackPath, CallbackAsync).AllowAnonymous();
        app.MapGet("/signout", (IAntiforgery antiforgery, HttpContext context) => Page("Sign out",
            $"""<form method="post" action="/signout">{Antiforgery(antiforgery, context)}<button>Sign out and revoke this app's Zoho access</button></form>"""));
        app.MapPost("/signout", SignOutAsync).AllowAnonymous();
    }

    /// <summary>
    /// A request whose user has no Zoho tokens any more (signed out in another browser, tokens deleted) goes back
    /// through sign-in instead of failing.
    /// </summary>
    public static IApplicationBuilder UseZohoSignInWhenAuthorizationIsRequired(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (AuthorizationRequired(e) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            context.Response.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        }
    });

    private static IResult SignIn(HttpContext context, ZohoCrmDataSource zoho, IDataProtectionProvider protection, string? returnUrl)
    {
        var state = ZohoCrmOAuthWebFlow.CreateState();
        context.Response.Cookies.Append(StateCookie, Protector(protection).Protect(state + "\n" + LocalUrl(returnUrl)), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            // Zoho's redirect back is a top-level navigation from another site: Lax cookies go with it.
            SameSite = SameSiteMode.Lax,
            Path = CallbackPath,
            MaxAge = TimeSpan.FromMinutes(10),
        });
        return Results.Redirect(zoho.WebFlow.BuildAuthorizationUri(state, CallbackUri(context)).AbsoluteUri);
    }

    private static async Task<IResult> CallbackAsync(HttpContext context, ZohoCrmDataSource zoho, IDataProtectionProvider protection,
        ILogger<ZohoCrmDataSource> logger, string? code, string? state, string? error, CancellationToken ct)
    {
        // The state cookie serves one callback: a replayed redirect finds none.
        var kept = context.Request.Cookies[StateCookie];
        context.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = CallbackPath });
        string[]? pending = null;
        try
        {
            pending = kept is null ? null : Protector(protection).Unprotect(kept).Split('\n', 2);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            logger.LogWarning("A sign-in callback came with a state cookie this app did not write; it was refused.");
        }

        if (error is not null)
        {
            return Page("Sign-in cancelled", $"""<p>Zoho answered '{E(error)}': access was not granted. <a href="/signin">Sign in again</a>.</p>""",
                StatusCodes.Status403Forbidden);
        }

        if (pending is null || string.IsNullOrEmpty(code))
        {
            return Page("Sign-in failed", """<p>No sign-in was in progress in this browser (it may have been completed already). <a href="/signin">Sign in again</a>.</p>""",
                StatusCodes.Status400BadRequest);
        }

        ZohoCrm.Data.Api.ZohoCrmUser user;
        try
        {
            user = await zoho.WebFlow.SignInAsync(code, state, pending[0], CallbackUri(context), ct);
        }
        catch (ZohoCrmAuthenticationException e)
        {
            return Page("Sign-in failed", $"""<p>{E(e.Message)}</p><p><a href="/signin">Sign in again</a>.</p>""", StatusCodes.Status400BadRequest);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id),
                new Claim(ClaimTypes.Name, user.FullName ?? user.Email ?? user.Id),
                new Claim(ClaimTypes.Email, user.Email ?? ""),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(pending[1]);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, ZohoCrmDataSource zoho, IAntiforgery antiforgery, ILogger<ZohoCrmDataSource> logger,
        CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Page("Sign out", """<p>The sign-out form has expired. <a href="/signout">Sign out</a> again.</p>""", StatusCodes.Status400BadRequest);
        }

        if (UserOf(context.User) is { } user)
        {
            try
            {
                // The tokens are deleted here either way; a revoke Zoho refused is logged, the user is still signed out.
                await zoho.WebFlow.SignOutAsync(user, forgetIfRevokeFails: true, ct);
            }
            catch (ZohoCrmAuthenticationException e)
            {
                logger.LogWarning("Zoho did not revoke the tokens of user {User} at sign-out ({Code}); they were deleted here.", user, e.Code);
            }
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }

    private static bool AuthorizationRequired(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is ZohoCrmAuthorizationRequiredException)
            {
                return true;
            }
        }

        return false;
    }

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector("CrmWeb.ZohoSignIn.State");

    // The URI Zoho redirects back to; registered with the OAuth client for a real org (Zoho:CallbackUrl overrides it).
    private static Uri CallbackUri(HttpContext context) =>
        context.RequestServices.GetRequiredService<IConfiguration>()["Zoho:CallbackUrl"] is { Length: > 0 } configured
            ? new Uri(configured)
            : new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{CallbackPath}");

    // Only a path of this app: never a redirect elsewhere after sign-in.
    private static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/leads";
}
