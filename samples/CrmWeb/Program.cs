using CrmWeb.Model;
using CrmWeb.Pages;
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

// One data source for the app (its HTTP pipeline and tokens), pooled contexts over it.
builder.Services.AddZohoCrmDataSource(services => useEmulator
    ? EmulatorConnectionString(services.GetRequiredService<ZohoCrmEmulator>())
    : services.GetRequiredService<IConfiguration>().GetConnectionString("Zoho")!);
builder.Services.AddDbContextPool<CrmContext>((services, options) => options.UseZohoCrm(services.GetRequiredService<ZohoCrmDataSource>()));
builder.Services.AddAntiforgery();

var app = builder.Build();
if (useEmulator)
{
    var emulator = app.Services.GetRequiredService<ZohoCrmEmulator>();
    app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
        "Serving the in-process Zoho CRM emulator's org ({EmulatorUrl}); set ConnectionStrings:Zoho for a real org.", emulator.BaseUrl));
}

app.UseAntiforgery();
app.MapGet("/", () => Results.Redirect("/leads"));
app.MapLeadPages();
app.MapDealPages();
app.MapGet("/health", HealthCheck.RunAsync);

await app.RunAsync();

static string EmulatorConnectionString(ZohoCrmEmulator emulator) =>
    $"InitiateOAuth=REFRESH;OAuthClientId={emulator.ClientId};OAuthClientSecret={emulator.ClientSecret};"
    + $"OAuthRefreshToken={emulator.RefreshToken};AccountsServer={emulator.BaseUrl};ApiDomain={emulator.BaseUrl}";
