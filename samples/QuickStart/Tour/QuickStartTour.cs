using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using QuickStart.Metering;
using QuickStart.Model;
using Spectre.Console;
using ZohoCrm.Data;
using ZohoCrm.Emulator;

namespace QuickStart.Tour;

/// <summary>
/// The tour: each step runs LINQ the way an application would, prints what it did, the COQL it sent and what it cost.
/// The steps that write (SaveChanges, filter lag) run against the emulator only: against a real org the tour reads.
/// <paramref name="exactDataSource"/> is the same connection with <c>UseServerSideFiltering=False</c>.
/// </summary>
public sealed class QuickStartTour(
    IAnsiConsole console, ZohoCrmDataSource dataSource, ZohoCrmDataSource exactDataSource, CallMeter meter, QueryLog queryLog, ZohoCrmEmulator? emulator)
{
    /// <summary>Rows streamed at most from a real org; the emulator's Leads are read whole.</summary>
    public const int RealOrgStreamLimit = 10_000;

    private readonly List<StepReport> _steps = [];
    private readonly string _tag = "QuickStart-" + Guid.NewGuid().ToString("N")[..6];

    public IReadOnlyList<StepReport> Steps => _steps;

    private bool ReadOnly => emulator is null;

    public async Task RunAsync(CancellationToken ct)
    {
        await StepAsync("LINQ becomes COQL", QueryAsync, ct);
        await StepAsync("A lookup navigation and an Include", NavigationAsync, ct);
        await StepAsync("An aggregate with GroupBy", GroupByAsync, ct);
        await StepAsync("Streaming a large module", StreamAsync, ct);
        if (ReadOnly)
        {
            console.MarkupLine("[grey]SaveChanges and the filter-lag demonstration write records: skipped against a real org (the tour only reads there).[/]");
        }
        else
        {
            await StepAsync("SaveChanges: new and changed records", SaveChangesAsync, ct);
            await StepAsync("A partial failure", PartialFailureAsync, ct);
            await StepAsync("Filter lag: UseServerSideFiltering on and off", FilterLagAsync, ct);
        }

        await StepAsync("An untranslatable query", UntranslatableAsync, ct);
        var total = _steps.SelectMany(s => s.Calls).ToList();
        console.Write(new Rule("[bold]Done[/]").LeftJustified());
        console.MarkupLine(CultureInfo.InvariantCulture,
            "The tour made {0} API call(s) for {1} credit(s), and {2} token call(s).",
            total.Count(c => c.IsApiCall), total.Sum(c => c.Credits), total.Count(c => !c.IsApiCall));
    }

    private async Task StepAsync(string title, Func<List<string>, CancellationToken, Task> body, CancellationToken ct)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold yellow]{_steps.Count + 1}. {Markup.Escape(title)}[/]").LeftJustified());
        var calls = meter.Count;
        var lines = queryLog.Count;
        var coql = new List<string>();
        await body(coql, ct);
        var step = new StepReport(title, coql, meter.Since(calls), queryLog.Since(lines));
        _steps.Add(step);
        console.MarkupLine(CultureInfo.InvariantCulture, "[green]cost:[/] {0} API call(s), {1} credit(s){2}",
            step.ApiCalls, step.Credits, step.Calls.Count > step.ApiCalls ? $" (and {step.Calls.Count - step.ApiCalls} token call)" : "");
        foreach (var endpoint in step.Calls.Where(c => c.IsApiCall).GroupBy(c => c.Method + " " + c.Path))
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[grey]  call: {0} x{1}[/]", Markup.Escape(endpoint.Key), endpoint.Count());
        }

        foreach (var line in step.QueryLogLines)
        {
            console.MarkupLine("[grey]  log: {0}[/]", Markup.Escape(line));
        }
    }

    private CrmContext NewContext(bool serverSideFiltering = true) => new(serverSideFiltering ? dataSource : exactDataSource);

    private void ShowCoql(List<string> coql, IQueryable query)
    {
        var text = query.ToQueryString();
        coql.Add(text);
        console.Write(new Panel(new Text(text)).Header("COQL").Border(BoxBorder.Rounded));
    }

    private async Task QueryAsync(List<string> coql, CancellationToken ct)
    {
        await using var db = NewContext();
        console.MarkupLine("The five Contacted leads of companies starting with [blue]A[/] with the highest annual revenue:");
        var query = db.Leads
            .Where(l => l.Lead_Status == "Contacted" && l.Company!.StartsWith("A"))
            .OrderByDescending(l => l.Annual_Revenue)
            .Take(5);
        ShowCoql(coql, query);
        var leads = await query.ToListAsync(ct);
        var table = new Table().AddColumns("Name", "Company", "Status", "Annual revenue");
        table.Columns[3].RightAligned();
        foreach (var lead in leads)
        {
            table.AddRow(Cell($"{lead.First_Name} {lead.Last_Name}"), Cell(lead.Company), Cell(lead.Lead_Status), Cell(lead.Annual_Revenue));
        }

        console.Write(table);
    }

    private async Task NavigationAsync(List<string> coql, CancellationToken ct)
    {
        await using var db = NewContext();
        console.MarkupLine("A lookup followed in a projection ([blue]d.Account.Account_Name[/]): one COQL call, Zoho follows the lookup.");
        var deals = db.Deals
            .Where(d => d.Amount > 50_000)
            .OrderByDescending(d => d.Amount)
            .Select(d => new { d.Deal_Name, d.Amount, Account = d.Account!.Account_Name })
            .Take(3);
        ShowCoql(coql, deals);
        var table = new Table().AddColumns("Deal", "Amount", "Account");
        foreach (var deal in await deals.ToListAsync(ct))
        {
            table.AddRow(Cell(deal.Deal_Name), Cell(deal.Amount), Cell(deal.Account));
        }

        console.Write(table);

        console.MarkupLine("[blue]Include(c => c.Account)[/]: the contacts and their accounts, tracked as entities.");
        var contacts = db.Contacts.Include(c => c.Account).Where(c => c.AccountId != null).OrderBy(c => c.Id).Take(3);
        ShowCoql(coql, contacts);
        table = new Table().AddColumns("Contact", "Email", "Account", "Account industry");
        foreach (var contact in await contacts.ToListAsync(ct))
        {
            table.AddRow(Cell($"{contact.First_Name} {contact.Last_Name}"), Cell(contact.Email), Cell(contact.Account?.Account_Name), Cell(contact.Account?.Industry));
        }

        console.Write(table);
    }

    private async Task GroupByAsync(List<string> coql, CancellationToken ct)
    {
        await using var db = NewContext();
        console.MarkupLine("Deals per stage, counted and summed by Zoho ([blue]GroupBy[/] becomes GROUP BY):");
        var query = db.Deals.GroupBy(d => d.Stage).Select(g => new { Stage = g.Key, Deals = g.Count(), Total = g.Sum(d => d.Amount) });
        ShowCoql(coql, query);
        var table = new Table().AddColumns("Stage", "Deals", "Total amount");
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        foreach (var row in (await query.ToListAsync(ct)).OrderByDescending(r => r.Deals))
        {
            table.AddRow(Cell(row.Stage), Cell(row.Deals), Cell(row.Total));
        }

        console.Write(table);
    }

    private async Task StreamAsync(List<string> coql, CancellationToken ct)
    {
        await using var db = NewContext();
        IQueryable<Lead> leads = db.Leads.AsNoTracking();
        if (ReadOnly)
        {
            leads = leads.OrderBy(l => l.Id).Take(RealOrgStreamLimit);
        }

        var query = leads.Select(l => new { l.Id, l.Annual_Revenue });
        console.MarkupLine("Every lead streamed with [blue]AsAsyncEnumerable()[/]: rows arrive page by page, never all in memory.");
        ShowCoql(coql, query);
        var calls = meter.Count;
        var rows = 0L;
        var revenue = 0m;
        var clock = Stopwatch.StartNew();
        string Progress() => string.Format(CultureInfo.InvariantCulture, "{0:N0} rows, {1} page(s), {2:N1} s",
            rows, meter.Since(calls).Count(c => c.IsApiCall), clock.Elapsed.TotalSeconds);
        await console.Status().StartAsync("Streaming Leads...", async status =>
        {
            await foreach (var lead in query.AsAsyncEnumerable().WithCancellation(ct))
            {
                rows++;
                revenue += lead.Annual_Revenue ?? 0;
                if (rows % 500 == 0)
                {
                    status.Status("Streaming Leads: " + Progress());
                }
            }
        });
        console.MarkupLine(CultureInfo.InvariantCulture, "Streamed {0}; their annual revenue adds up to {1:N0}.", Progress(), revenue);
    }

    private async Task SaveChangesAsync(List<string> coql, CancellationToken ct)
    {
        await using var db = NewContext();
        var ada = new Lead { First_Name = "Ada", Last_Name = "Lovelace", Company = _tag, Lead_Status = "Not Contacted", Description = "Met at " + _tag };
        var grace = new Lead { First_Name = "Grace", Last_Name = "Hopper", Company = _tag, Lead_Status = "Not Contacted", Description = "Met at " + _tag };
        db.Leads.AddRange(ada, grace);
        var query = db.Leads.Where(l => l.Lead_Status == "Junk Lead").OrderBy(l => l.Id).Take(1);
        ShowCoql(coql, query);
        var existing = (await query.ToListAsync(ct))[0];
        existing.Lead_Status = "Pre-Qualified";
        console.MarkupLine("Two new leads added and one read and changed; [blue]SaveChanges[/] sends one insert and one update call:");
        var states = new[] { ada, grace, existing }.Select(l => db.Entry(l).State).ToList();
        var saved = await db.SaveChangesAsync(ct);
        var table = new Table().AddColumns("Lead", "Before", "After", "Id from Zoho");
        foreach (var (lead, before) in new[] { ada, grace, existing }.Zip(states))
        {
            table.AddRow(Cell($"{lead.First_Name} {lead.Last_Name}"), Cell(before), Cell(db.Entry(lead).State), Cell(lead.Id));
        }

        console.Write(table);
        console.MarkupLine(CultureInfo.InvariantCulture, "SaveChanges returned {0}.", saved);
    }

    private async Task PartialFailureAsync(List<string> coql, CancellationToken ct)
    {
        await using var db = NewContext();
        var alan = new Lead { First_Name = "Alan", Last_Name = "Turing", Company = _tag };
        var nameless = new Lead { First_Name = "Nameless", Last_Name = "", Company = _tag }; // Last_Name is mandatory in Leads
        db.Leads.AddRange(alan, nameless);
        console.MarkupLine("Zoho has no transactions: one insert call with a valid lead and one without its mandatory Last_Name.");
        try
        {
            await db.SaveChangesAsync(ct);
            console.MarkupLine("[red]Zoho accepted both: no partial failure to show.[/]");
        }
        catch (DbUpdateException e)
        {
            console.MarkupLine("[blue]DbUpdateException[/]: {0}", Markup.Escape(e.Message));
            var table = new Table().AddColumns("Lead", "In DbUpdateException.Entries", "State", "Id");
            foreach (var lead in new[] { alan, nameless })
            {
                var entry = db.Entry(lead);
                table.AddRow(Cell($"{lead.First_Name} {lead.Last_Name}"), Cell(e.Entries.Any(x => x.Entity == lead) ? "yes" : "no"), Cell(entry.State), Cell(lead.Id));
            }

            console.Write(table);
            console.MarkupLine("The written lead is saved (Unchanged); fix the refused one and SaveChanges again to write only it.");
        }
    }

    private async Task FilterLagAsync(List<string> coql, CancellationToken ct)
    {
        // Equality on a multi-line text field goes to Zoho's Search API, whose index lags writes by minutes (the
        // emulator's searchLagSeconds knob, 210 s by default); COQL is up to date, and so is a read by id.
        var before = "Met at " + _tag;
        var after = "Signed at " + _tag;
        await using (var db = NewContext())
        {
            var ada = await db.Leads.SingleAsync(l => l.Company == _tag && l.Last_Name == "Lovelace", ct);
            ada.Description = after;
            await db.SaveChangesAsync(ct);
        }

        console.MarkupLine("Ada Lovelace's Description just changed from [blue]{0}[/] to [blue]{1}[/]. Equality on a multi-line text field "
            + "goes to Zoho's Search API, whose index lags writes by minutes. Who has which Description?", Markup.Escape(before), Markup.Escape(after));
        var table = new Table().AddColumns("Description ==", "UseServerSideFiltering", "Found", "API calls", "Credits");
        foreach (var description in new[] { after, before })
        {
            foreach (var serverSide in new[] { true, false })
            {
                await using var db = NewContext(serverSide);
                var query = db.Leads.Where(l => l.Description == description).OrderBy(l => l.Last_Name).Select(l => l.Last_Name);
                if (serverSide)
                {
                    ShowCoql(coql, query);
                }

                var calls = meter.Count;
                var found = await query.ToListAsync(ct);
                var made = meter.Since(calls);
                table.AddRow(Cell(description), Cell(serverSide), Cell(found.Count == 0 ? "nobody" : string.Join(", ", found)),
                    Cell(made.Count(c => c.IsApiCall)), Cell(made.Sum(c => c.Credits)));
            }
        }

        console.Write(table);
        console.MarkupLine("On: fast, but Zoho's index has not caught up yet. Off (UseServerSideFiltering=False): the module is read "
            + "by id and filtered here, exact right after a write, at the cost of more calls.");
    }

    private async Task UntranslatableAsync(List<string> coql, CancellationToken ct)
    {
        await using var db = NewContext();

        // EF cannot express it in COQL at all: refused while translating.
        console.MarkupLine("[blue]l.Last_Name.Length > 5[/]: COQL has no string length, so the query is refused while it is translated:");
        try
        {
            await db.Leads.Where(l => l.Last_Name.Length > 5).ToListAsync(ct);
            console.MarkupLine("[red]The query ran: nothing to show.[/]");
        }
        catch (InvalidOperationException e)
        {
            console.Write(new Panel(new Text(e.Message)).Header("InvalidOperationException").Border(BoxBorder.Rounded));
        }

        // Expressible, but Zoho cannot evaluate it: ZohoCrm.Data refuses it when it plans the query, before any data call.
        console.MarkupLine("[blue]!l.Last_Name.StartsWith(\"K\")[/]: Zoho's NOT LIKE only excludes a contained text, so ZohoCrm.Data refuses "
            + "the plan before any data call, saying why and which option would let the provider do it on the client:");
        try
        {
            await db.Leads.Where(l => !l.Last_Name.StartsWith("K")).ToListAsync(ct);
            console.MarkupLine("[red]The query ran: nothing to show.[/]");
        }
        catch (ZohoCrmQueryException e)
        {
            console.Write(new Panel(new Text(e.Message)).Header(nameof(ZohoCrmQueryException)).Border(BoxBorder.Rounded));
        }
    }

    private static Markup Cell(object? value) => new(Markup.Escape(value switch
    {
        null => "",
        decimal d => d.ToString("N2", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    }));
}
