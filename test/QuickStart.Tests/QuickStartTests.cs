using QuickStart.Hosting;
using Spectre.Console;
using ZohoCrm.Emulator;

namespace QuickStart.Tests;

/// <summary>
/// The README's main-job command, run in-process as <c>dotnet run --project samples/QuickStart</c> runs it: the whole
/// tour against the emulator, its printed COQL and costs checked against the emulator's own request log.
/// </summary>
[NonParallelizable]
public class QuickStartTests
{
    [Test]
    public async Task Tour_runs_on_the_emulator_and_each_step_costs_what_the_emulator_saw()
    {
        var (exitCode, output, error, result) = await RunAsync();

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(error, Is.Empty);
        Assert.That(result, Is.Not.Null);
        Assert.That(output, Does.Contain("No connection given: started the Zoho CRM emulator in-process at http://127.0.0.1:"));
        var steps = result!.Steps;
        Assert.That(steps.Select(s => s.Title), Is.EqualTo(new[]
        {
            "LINQ becomes COQL", "A lookup navigation and an Include", "An aggregate with GroupBy", "Streaming a large module",
            "SaveChanges: new and changed records", "A partial failure", "Filter lag: UseServerSideFiltering on and off", "An untranslatable query",
        }));

        // Every COQL the tour sent is printed, and each step's cost line says what it made.
        foreach (var (step, index) in steps.Select((s, i) => (s, i)))
        {
            Assert.That(output, Does.Contain($"{index + 1}. {step.Title}"));
            foreach (var line in step.Coql.SelectMany(c => c.Split('\n')).Where(l => l.Length > 0))
            {
                Assert.That(output, Does.Contain(line), step.Title);
            }

            Assert.That(output, Does.Contain($"cost: {step.ApiCalls} API call(s), {step.Credits} credit(s)"), step.Title);
        }

        // The emulator's log, sliced step by step in the order the steps ran, is exactly what each step reported.
        var logged = result.EmulatorRequests!.Where(r => !r.Path.StartsWith("/_emulator", StringComparison.Ordinal)).ToList();
        Assert.That(logged, Has.Count.EqualTo(steps.Sum(s => s.Calls.Count)));
        var offset = 0;
        foreach (var step in steps)
        {
            var seen = logged.Skip(offset).Take(step.Calls.Count).ToList();
            offset += step.Calls.Count;
            Assert.That(step.Calls.Select(c => (c.Method, c.Path, c.Status)).Order(),
                Is.EqualTo(seen.Select(r => (r.Method, r.Path, r.Status)).Order()), step.Title);
            Assert.That(step.Credits, Is.EqualTo(seen.Sum(r => r.Credits)), step.Title + ": credits");
        }

        Assert.Multiple(() =>
        {
            Assert.That(steps[3].Calls.Count(c => c.Path == "/crm/v8/coql"), Is.EqualTo(5), "10,000 Leads stream in 2,000-row pages");
            Assert.That(output, Does.Contain("Streamed 10,000 rows, 5 page(s)"));
            Assert.That(steps[4].Calls.Where(c => c.Path == "/crm/v8/Leads").Select(c => c.Method + " " + c.Path).Order(),
                Is.EqualTo(new[] { "POST /crm/v8/Leads", "PUT /crm/v8/Leads" }), "one insert call and one update call");
            Assert.That(output, Does.Contain("DbUpdateException: SaveChanges could not insert 1 of 2 record(s)").And.Contain("MANDATORY_NOT_FOUND"));
            Assert.That(steps[6].Calls.Count(c => c.Path == "/crm/v8/Leads/search"), Is.EqualTo(2), "server-side, equality on a textarea goes to Search");
            Assert.That(output, Does.Contain("could not be translated").And.Contain("NOT LIKE"));
            Assert.That(steps[7].Calls, Is.Empty, "an untranslatable query fails before any call");
        });
    }

    [Test]
    public async Task With_a_connection_named_in_configuration_the_tour_only_reads()
    {
        await using var org = await ZohoCrmEmulator.StartAsync();
        Environment.SetEnvironmentVariable("ConnectionStrings__Zoho", QuickStartCommand.EmulatorConnectionString(org));
        try
        {
            var (exitCode, output, error, result) = await RunAsync("--connection", "Name=ConnectionStrings:Zoho");

            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.Contain("Touring your org read-only, with the connection string from --connection."));
            Assert.That(output, Does.Contain("SaveChanges and the filter-lag demonstration write records: skipped against a real org"));
            Assert.That(result!.EmulatorRequests, Is.Null, "no emulator of its own");
            Assert.That(result.Steps.Select(s => s.Title), Does.Not.Contain("A partial failure"));
            var calls = result.Steps.SelectMany(s => s.Calls).ToList();
            Assert.That(calls.Where(c => c.Method != "GET" && c.Path != "/crm/v8/coql" && c.IsApiCall), Is.Empty, "only reads");
            var seen = org.Requests().Where(r => !r.Path.StartsWith("/_emulator", StringComparison.Ordinal)).ToList();
            Assert.That(calls.Select(c => (c.Method, c.Path)).Order(), Is.EqualTo(seen.Select(r => (r.Method, r.Path)).Order()));
            Assert.That(calls.Sum(c => c.Credits), Is.EqualTo(seen.Sum(r => r.Credits)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Zoho", null);
        }
    }

    [Test]
    public async Task A_bad_connection_string_is_one_readable_error_line_and_a_non_zero_exit_code()
    {
        var (exitCode, output, error, result) = await RunAsync("--connection", "OAuthClientIdd=1000.X;OAuthClientSecret=s");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(result, Is.Null);
        Assert.That(output, Is.Empty);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), error);
        Assert.That(lines[0], Does.StartWith("error: ").And.Contain("'oauthclientidd'").IgnoreCase.And.Contain("Did you mean 'OAuthClientId'?"));
        Assert.That(error, Does.Not.Contain(" at ").And.Not.Contain("Exception").And.Not.Contain("(Parameter"));
    }

    [Test]
    public async Task An_unknown_option_is_refused_with_a_non_zero_exit_code_and_help_lists_the_options()
    {
        var (exitCode, _, error, result) = await RunAsync("--conection", "x");
        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(result, Is.Null);
        Assert.That(error, Does.Contain("--conection"));

        using var help = new StringWriter();
        var helpExit = await QuickStartCommand.RunAsync(["--help"], NewConsole(new StringWriter()), help, TextWriter.Null);
        Assert.That(helpExit, Is.Zero);
        Assert.That(help.ToString(), Does.Contain("--connection").And.Contain("ZOHOCRM_CONNECTION"));
    }

    private static async Task<(int ExitCode, string Output, string Error, TourResult? Result)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        TourResult? result = null;
        var exitCode = await QuickStartCommand.RunAsync(args, NewConsole(output), output, error, r => result = r);
        return (exitCode, output.ToString(), error.ToString(), result);
    }

    // No colours, no live redraws, wide enough that no COQL line wraps.
    private static IAnsiConsole NewConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        return console;
    }
}
