using CrmWeb.Model;
using CrmWeb.Pages;
using CrmWeb.SignIn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Emulator;

var builder = WebApplication.CreateBuilder(args);

// A real org from configuration (ConnectionStrings:Zoho: appsettings, user secrets, environment), else the emulator
// in-process. The emulator is a web app itself: it starts when first needed, after this app is built.
var useEmulator = string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Zoho"));
if (useEmulator)
{
    // Through a factory, so the container owns the emulator and stops it with the app.
    builder.Services.AddSingleton(_ => ZohoCrmEmulator.StartAsync().GetAwaiter().GetResult());
}

// One data source for the app (its HTTP pipeline, the org's metadata, every user's tokens), pooled contexts over it.
builder.Services.AddZohoCrmDataSource(services => useEmulator
    ? EmulatorConnectionString(services.GetRequiredService<ZohoCrmEmulator>())
    : services.GetRequiredService<IConfiguration>().GetConnectionString("Zoho")!);
builder.Services.AddPooledDbContextFactory<CrmContext>((services, options) => options.UseZohoCrm(services.GetRequiredService<ZohoCrmDataSource>()));

// Each request's context is rented from the pool and acts for the request's signed-in Zoho user: their token, their
// permissions. EF Core's pattern for per-request state in pooled contexts; the pool forgets the user on return.
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped(services =>
{
    var context = services.GetRequiredService<IDbContextFactory<CrmContext>>().CreateDbContext();
    context.Database.SetZohoCrmUser(ZohoSignIn.UserOf(services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User));
    return context;
});

// Signed in with Zoho (SignIn/ZohoSignIn.cs), kept in a cookie; every page needs a signed-in user.
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/signin";
        options.Cookie.Name = "CrmWeb.User";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
    });
builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
builder.Services.AddAntiforgery();

var app = builder.Build();
if (useEmulator)
{
    var emulator = app.Services.GetRequiredService<ZohoCrmEmulator>();
    app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
        "Serving the in-process Zoho CRM emulator's org ({EmulatorUrl}); set ConnectionStrings:Zoho for a real org.", emulator.BaseUrl));
}

app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseZohoSignInWhenAuthorizationIsRequired();
app.UseZohoPermissionDeniedPage();
app.MapGet("/", () => Results.Redirect("/leads"));
app.MapZohoSignIn();
app.MapLeadPages();
app.MapDealPages();

// The app's own connectivity, with the connection string's own tokens (no user signed in is needed).
app.MapGet("/health", HealthCheck.RunAsync).AllowAnonymous();

await app.RunAsync();

static string EmulatorConnectionString(ZohoCrmEmulator emulator) =>
    $"InitiateOAuth=REFRESH;OAuthClientId={emulator.ClientId};OAuthClientSecret={emulator.ClientSecret};"
    + $"OAuthRefreshToken={emulator.RefreshToken};AccountsServer={emulator.BaseUrl};ApiDomain={emulator.BaseUrl}";
