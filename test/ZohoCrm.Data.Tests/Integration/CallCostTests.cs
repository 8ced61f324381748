using ZohoCrm.Data.Benchmarks.CallCost;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// The claims of the call-cost report (<c>benchmarks/ZohoCrm.Data.Benchmarks -- --cost-report</c>): every shape of
/// <see cref="CallCostShapes"/> costs exactly the calls and credits its minimum derives from Zoho's rules. The shape list
/// and runner are the report's own files, compiled into this project, so the report cannot claim what CI does not check.
/// </summary>
[NonParallelizable]
public class CallCostTests
{
    private CallCostRunner _runner = null!;

    [OneTimeSetUp]
    public async Task Start() => _runner = await CallCostRunner.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _runner.DisposeAsync();

    public static IEnumerable<TestCaseData> DefaultShapes() => CallCostShapes.Default.Select(s => new TestCaseData(s).SetArgDisplayNames(s.Name));

    [TestCaseSource(nameof(DefaultShapes))]
    public async Task Shape_costs_exactly_its_minimum_calls_and_credits(CallCostShape shape)
    {
        var result = await _runner.RunAsync(shape);
        Assert.Multiple(() =>
        {
            Assert.That(result.Calls, Is.EqualTo(result.Minimum.Calls), "calls; plan:\n" + result.Plan);
            Assert.That(result.Credits, Is.EqualTo(result.Minimum.Credits), "credits; plan:\n" + result.Plan);
        });
    }

    [Test]
    public async Task Every_shape_returns_the_rows_the_org_holds()
    {
        // A cheap plan that drops rows would pass the cost checks; these counts come from the emulator's store.
        var leads = _runner.Org.Records("Leads");
        var expected = new Dictionary<string, int>
        {
            ["LIMIT 5000"] = 5000,
            ["No LIMIT, every one of 10,000 rows"] = leads.Count,
            ["GROUP BY a picklist"] = leads.Select(r => r["Lead_Status"]).Distinct().Count(),
            ["id IN (250 values)"] = 250,
            ["30 criteria (over the 25 cap)"] = 15,
            ["Multi-line field equality (Search + re-check)"] = leads.Count(r => r["Description"] is "Referred by a partner; high priority."),
            ["UseServerSideFiltering=False full scan"] = leads.Count(r => r["Lead_Status"] is "Contacted"),
        };
        foreach (var (name, rows) in expected)
        {
            var result = await _runner.RunAsync(CallCostShapes.Default.Single(s => s.Name == name));
            Assert.That(result.Rows, Is.EqualTo(rows), name);
        }
    }

    [Test]
    public async Task Shapes_past_the_offset_window_cost_exactly_their_minimum()
    {
        await using var runner = await CallCostRunner.StartAsync(150_000);
        foreach (var shape in CallCostShapes.Large)
        {
            var result = await runner.RunAsync(shape);
            Assert.That((result.Rows, result.Calls, result.Credits), Is.EqualTo((10, result.Minimum.Calls, result.Minimum.Credits)), shape.Name + "\n" + result.Plan);
        }
    }
}
