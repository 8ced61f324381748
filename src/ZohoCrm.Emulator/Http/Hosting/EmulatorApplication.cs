using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Limits;
using ZohoCrm.Emulator.Domain.OAuth;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Http.Admin;
using ZohoCrm.Emulator.Http.Auth;
using ZohoCrm.Emulator.Http.Errors;
using ZohoCrm.Emulator.Http.Faults;
using ZohoCrm.Emulator.Http.Limits;
using ZohoCrm.Emulator.Http.Metadata;
using ZohoCrm.Emulator.Http.Records;
using ZohoCrm.Emulator.Http.Query;
using ZohoCrm.Emulator.Http.RequestLog;

namespace ZohoCrm.Emulator.Http.Hosting;

/// <summary>
/// Builds the emulator's web application. It starts from an empty builder and configures Kestrel explicitly, so
/// nothing from the environment (ASPNETCORE_URLS, launch settings, appsettings) can move it off the requested
/// 127.0.0.1 port; it listens on loopback only.
/// </summary>
public static class EmulatorApplication
{
    public static WebApplication Build(ZohoCrmEmulatorOptions options, Action<Microsoft.AspNetCore.Routing.RouteGroupBuilder>? mapExtraCrmEndpoints = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                if (options.HttpsCertificate is { } certificate)
                {
                    listen.UseHttps(certificate);
                }
            });
        });
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.Services.AddRoutingCore();

        // The host never reacts to Ctrl+C or SIGTERM itself: the standalone Program owns process signals,
        // and an emulator inside a test process must not stop when that process is interrupted.
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        RegisterServices(builder.Services, options);

        var app = builder.Build();
        // Zoho dates its answers by the clock that stamps its records (Created_Time, Modified_Time); Kestrel's own Date
        // is the machine's, which the emulator clock leaves behind once a test advances it.
        var clock = app.Services.GetRequiredService<EmulatorClock>();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Date = clock.UtcNow.ToString("R", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<ZohoErrorMiddleware>();
        app.UseRouting();
        app.UseMiddleware<FaultInjectionMiddleware>();
        app.UseMiddleware<ZohoErrorMiddleware>();
        app.UseMiddleware<ZohoAuthMiddleware>();
        app.UseMiddleware<ApiLimitsMiddleware>();

        app.MapOAuthEndpoints();
        app.MapAdminEndpoints();
        var crm = app.MapGroup(EmulatorPaths.CrmV8);
        crm.MapMetadataEndpoints();
        crm.MapRecordEndpoints();
        crm.MapQueryEndpoints();
        mapExtraCrmEndpoints?.Invoke(crm);
        return app;
    }

    private static void RegisterServices(IServiceCollection services, ZohoCrmEmulatorOptions options)
    {
        var settings = options.Settings.Clone();
        if (settings.Validate() is { } problem)
        {
            throw new ArgumentException("The emulator settings are not usable: " + problem, nameof(options));
        }

        var clock = new EmulatorClock();
        var domain = EmulatorDomain.Create(new EmulatorDomainOptions
        {
            Seed = options.Seed,
            LeadCount = options.LeadCount,
            Counts = options.SeedCounts,
            ExtraCustomModules = options.ExtraCustomModules,
            DataDirectory = options.DataDirectory,
        }, clock);
        var userLicenses = domain.Schema.Users.Count(u => u.Status == "active");

        var oauth = new OAuthServer(settings, clock, domain.Schema.Org.Id, domain.Schema.CurrentUser.Id);
        oauth.RegisterClient(new OAuthClient(options.ClientId, options.ClientSecret, options.RedirectUri));
        var scopes = OAuthServer.ParseScopes(options.RefreshTokenScopes)
            ?? throw new ArgumentException($"RefreshTokenScopes '{options.RefreshTokenScopes}' is not a list of Zoho scopes.", nameof(options));
        oauth.RegisterRefreshToken(options.ClientId, options.RefreshToken, scopes);

        var log = new RequestLog.RequestLog();
        var limits = new ApiLimits(settings, clock, userLicenses);
        var reset = new EmulatorReset()
            .Add(clock.Reset)
            .Add(domain.Reset)
            .Add(limits.Credits.Reset)
            .Add(oauth.ResetThrottle)
            .Add(log.Clear);

        services.AddSingleton(settings);
        services.AddSingleton(clock);
        services.AddSingleton(domain);
        services.AddSingleton(domain.Schema);
        services.AddSingleton(domain.Records);
        services.AddSingleton(domain.Wire);
        services.AddSingleton(domain.Layouts);
        services.AddSingleton(domain.Writer);
        services.AddSingleton(domain.Reader);
        services.AddSingleton(domain.Metadata);
        services.AddSingleton(oauth);
        services.AddSingleton(log);
        services.AddSingleton(limits);
        services.AddSingleton(reset);
        services.AddSingleton(new FaultInjector(settings));
        services.AddSingleton<EmulatorAddress>();
    }

    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
