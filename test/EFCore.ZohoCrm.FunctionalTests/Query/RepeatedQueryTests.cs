using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// A query run again with new values reuses its translation: EF compiles it once and sends one COQL text whose values
/// travel as parameters, so ZohoCrm.Data parses that text once too.
/// </summary>
public class RepeatedQueryTests
{
    [Test]
    public async Task Query_run_with_new_values_is_translated_once_and_sends_its_values_as_parameters()
    {
        var compilations = 0;
        var commandTexts = new List<string>();
        var leads = EmulatorOrg.Expected<Lead>();
        var companies = leads.Where(l => l.Company != null).GroupBy(l => l.Company!).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key).ToList();
        Assert.That(companies, Has.Count.EqualTo(3), "the emulator's Leads name at least three companies");

        var rows = 0;
        foreach (var (company, index) in companies.Select((c, i) => (c, i)))
        {
            var min = index * 1000m;
            await using var db = new ObservedContext(EmulatorOrg.ConnectionString, () => compilations++, commandTexts.Add);

            var actual = await db.Leads.Where(l => l.Company == company && l.Annual_Revenue > min)
                .OrderBy(l => l.Last_Name).ThenBy(l => l.Id).Take(20).Select(l => l.Id).ToListAsync();

            var expected = leads.Where(l => l.Company == company && l.Annual_Revenue > min)
                .OrderBy(l => l.Last_Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Id).Take(20).Select(l => l.Id).ToList();
            Assert.That(actual, Is.EqualTo(expected), $"Leads of '{company}' above {min}");
            rows += actual.Count;
        }

        Assert.That(rows, Is.GreaterThan(0), "the runs read Leads");
        Assert.That(compilations, Is.EqualTo(1), "one translation for every run of the query");
        Assert.That(commandTexts.Distinct().ToList(), Has.Count.EqualTo(1), "one COQL text for every run of the query");
        Assert.That(commandTexts[0], Does.Contain("@company").And.Contain("@min"));
        Assert.That(companies.Any(commandTexts[0].Contains), Is.False, "no value is inlined into the COQL text");
    }

    private sealed class ObservedContext(string connectionString, Action onCompilation, Action<string> onCommand) : CrmContext(connectionString)
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            base.OnConfiguring(optionsBuilder);
            optionsBuilder.LogTo(
                (eventId, _) => eventId == CoreEventId.QueryCompilationStarting || eventId == RelationalEventId.CommandExecuting,
                eventData =>
                {
                    if (eventData is CommandEventData command)
                    {
                        onCommand(command.Command.CommandText);
                    }
                    else
                    {
                        onCompilation();
                    }
                });
        }
    }
}
