using System.CommandLine;
using Microsoft.Extensions.Logging;
using QuickStart.Metering;
using QuickStart.Properties;
using QuickStart.Tour;
using Spectre.Console;
using ZohoCrm.Data;
using ZohoCrm.Emulator;

namespace QuickStart.Hosting;

/// <summary>The command line (System.CommandLine) and the run: resolve the connection, start the emulator if none, tour, exit 0; any error is one line.</summary>
public static class QuickStartCommand
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter output, TextWriter error, Action<TourResult>? completed = null)
    {
        var connection = new Option<string?>("--connection", "-c") { Description = ZohoCrmStrings.ConnectionOption };
        var root = new RootCommand(ZohoCrmStrings.Description) { connection };
        root.SetAction(async (parsed, ct) =>
        {
            try
            {
                var result = await TourAsync(ConnectionChoice.Resolve(parsed.GetValue(connection)), console, ct);
                completed?.Invoke(result);
                return 0;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await error.WriteLineAsync(ZohoCrmStrings.Failed("stopped."));
                return 130;
            }
            catch (Exception e)
            {
                // One readable line: the message says what is wrong; a stack trace would not help a newcomer.
                await error.WriteLineAsync(ZohoCrmStrings.Failed(OneLine(e)));
                return 1;
            }
        });
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static async Task<TourResult> TourAsync(ConnectionChoice choice, IAnsiConsole console, CancellationToken ct)
    {
        ZohoCrmEmulator? emulator = null;
        try
        {
            var connectionString = choice.ConnectionString;
            if (connectionString is null)
            {
                emulator = await ZohoCrmEmulator.StartAsync(ct: ct);
                connectionString = EmulatorConnectionString(emulator);
            }

            var meter = new CallMeter();
            var queryLog = new QueryLog();
            using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(queryLog));
            ZohoCrmDataSource Build(bool serverSideFiltering)
            {
                var builder = new ZohoCrmDataSourceBuilder(connectionString).UseLoggerFactory(loggerFactory).UseHttpMessageHandler(meter);
                builder.ConnectionStringBuilder.UseServerSideFiltering = serverSideFiltering;
                return builder.Build();
            }

            // Built before anything is printed: a bad connection string is the run's only line.
            await using var dataSource = Build(serverSideFiltering: true);
            await using var exactDataSource = Build(serverSideFiltering: false);
            if (emulator is null)
            {
                console.MarkupLine("[bold]{0}[/]", Markup.Escape(ZohoCrmStrings.UsingOrg(choice.Source)));
            }
            else
            {
                console.MarkupLine("[bold]{0}[/]", Markup.Escape(ZohoCrmStrings.UsingEmulator(emulator.BaseUrl)));
                console.MarkupLine("[grey]Connection string: {0}[/]", Markup.Escape(connectionString));
            }

            var tour = new QuickStartTour(console, dataSource, exactDataSource, meter, queryLog, emulator);
            await tour.RunAsync(ct);
            return new TourResult(tour.Steps, emulator?.Requests());
        }
        finally
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync();
            }
        }
    }

    /// <summary>The real OAuth refresh flow against the emulator's accounts server.</summary>
    public static string EmulatorConnectionString(ZohoCrmEmulator emulator) =>
        $"InitiateOAuth=REFRESH;OAuthClientId={emulator.ClientId};OAuthClientSecret={emulator.ClientSecret};"
        + $"OAuthRefreshToken={emulator.RefreshToken};AccountsServer={emulator.BaseUrl};ApiDomain={emulator.BaseUrl}";

    private static string OneLine(Exception e)
    {
        // An ArgumentException's message ends with "(Parameter 'keyword')": the sentence before it says it all.
        var message = e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
        return string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
