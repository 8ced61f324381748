using System.Data;
using Microsoft.Extensions.Logging;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;
using ZohoCrm.Data.Schema;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.Execution;

// Running commands: metadata loaded, the text planned (parsed once per distinct text), the plan's steps run
// through the API client, and the rows handed to a reader.
internal sealed partial class ZohoCrmExecutionContext
{
    private readonly ZohoCrmQueryPlanner _planner = new();

    /// <summary>The data source's log (one writer per Logfile): Verbosity of the connection string, and its logger factory.</summary>
    public ZohoCrmLog Log => _dataSource.Log;

    /// <summary>
    /// Plans a command with the connection's effective settings (<paramref name="options"/>): loads the metadata its
    /// modules need (once per data source) and binds the parameters.
    /// </summary>
    public async Task<(ZohoCrmQueryPlan Plan, IZohoCrmSchema Schema)> PlanAsync(string text, ZohoCrmParameterCollection parameters,
        ZohoCrmQueryPlannerOptions options, CancellationToken cancellationToken)
    {
        var modules = await Metadata.GetModulesAsync(cancellationToken).ConfigureAwait(false);
        await PreloadAsync(text, modules, cancellationToken).ConfigureAwait(false);
        var schema = new ZohoCrmLoadingSchema(Metadata, modules, cancellationToken);
        var values = new Dictionary<string, object?>(parameters.Count, StringComparer.OrdinalIgnoreCase);
        foreach (ZohoCrmParameter parameter in parameters)
        {
            values[parameter.NormalizedName] = parameter.BindingValue;
        }

        var plan = _planner.Plan(text, schema, values, options);
        if (Log.Query.IsEnabled(LogLevel.Debug))
        {
            Log.Query.QueryPlanned(plan.Explain());
        }

        return (plan, schema);
    }

    public async Task<string> ExplainAsync(string text, ZohoCrmParameterCollection parameters, ZohoCrmQueryPlannerOptions options,
        CancellationToken cancellationToken) =>
        (await PlanAsync(text, parameters, options, cancellationToken).ConfigureAwait(false)).Plan.Explain();

    /// <summary>Plans and starts a query; <paramref name="timeout"/> bounds the planning and then each Zoho call of the read.</summary>
    public async Task<ZohoCrmDataReader> ExecuteAsync(string text, ZohoCrmParameterCollection parameters, ZohoCrmQueryPlannerOptions options, CommandBehavior behavior,
        ZohoCrmCallTimeout timeout, CancellationTokenSource lifetime, CancellationToken cancellationToken, Action<ZohoCrmDataReader>? onClose)
    {
        IZohoCrmPageSource? source = null;
        var statistics = Log.Query.IsEnabled(LogLevel.Information) ? new ZohoCrmQueryStatistics() : null;
        ZohoCrmQueryPlan? executing = null;
        try
        {
            var (plan, schema) = await timeout.RunAsync(ct => PlanAsync(text, parameters, options, ct), ZohoCrmStrings.PlanningCall, cancellationToken).ConfigureAwait(false);
            executing = plan;
            var layouts = ZohoCrmQueryLayouts.For(plan, schema);
            var api = (behavior & CommandBehavior.SchemaOnly) != 0 || plan.Steps.Count == 0 && layouts.IsDirect
                ? null
                : await timeout.RunAsync(ct => GetApiClientAsync(statistics, ct).AsTask(), ZohoCrmStrings.PlanningCall, cancellationToken).ConfigureAwait(false);
            source = CreateSource(plan, layouts, api, timeout, lifetime.Token);
            var processed = source as ZohoCrmProcessedSource;
            if (statistics is not null)
            {
                source = statistics.CountRows(source);
            }

            var reader = await ZohoCrmDataReader.OpenAsync(layouts.Output, source, lifetime, behavior,
                onClose: statistics is null ? onClose : r => { LogQuery(plan, statistics, processed); onClose?.Invoke(r); },
                cancellationToken).ConfigureAwait(false);
            return reader;
        }
        catch (Exception e)
        {
            if (statistics is not null && executing is not null)
            {
                LogQueryFailed(executing, statistics, e);
            }

            if (source is null)
            {
                // The reader never took ownership of the lifetime.
                lifetime.Dispose();
            }

            throw;
        }
    }

    private IZohoCrmPageSource CreateSource(ZohoCrmQueryPlan plan, ZohoCrmQueryLayouts layouts, Api.ZohoCrmApiClient? api, ZohoCrmCallTimeout timeout,
        CancellationToken lifetime)
    {
        var input = layouts.Input;
        var stitcher = plan.StitchedColumnGroups.Count == 0 || api is null ? null : new ZohoCrmStitcher(api, plan.StitchedColumnGroups, input, timeout);
        var steps = api is null
            ? []
            : plan.Steps.Select(step => (Func<IZohoCrmPageSource>)(step switch
            {
                ZohoCrmCoqlStep coql => () => new ZohoCrmCoqlStepSource(api, coql, input, stitcher, timeout, lifetime),
                ZohoCrmSearchStep search => () => new ZohoCrmSearchStepSource(api, search, input, stitcher, timeout, lifetime),
                _ => throw new InvalidOperationException("Unknown plan step " + step.GetType().Name),
            })).ToList();
        IZohoCrmPageSource rows = new ZohoCrmConcatenatedSource(steps);
        return layouts.IsDirect ? rows : new ZohoCrmProcessedSource(rows, layouts, plan, lifetime);
    }

    /// <summary>Loads, before planning, the fields of the module a text queries and of the lookups its paths start with.</summary>
    private async Task PreloadAsync(string text, IReadOnlyDictionary<string, ZohoCrmModuleMetadata> modules, CancellationToken cancellationToken)
    {
        Coql.Syntax.CoqlStatement statement;
        try
        {
            statement = _planner.Parse(text);
        }
        catch (ZohoCrmQueryException)
        {
            // The planner parses the same text next and reports the syntax error with its position.
            return;
        }

        var module = modules.ContainsKey(statement.Module)
            ? await Metadata.GetModuleAsync(statement.Module, cancellationToken).ConfigureAwait(false)
            : null;
        if (module is null)
        {
            return;
        }

        var expressions = statement.Select.Select(s => s.Expression)
            .Append(statement.Where)
            .Concat(statement.GroupBy)
            .Concat(statement.OrderBy.Select(o => o.Expression));
        var targets = expressions.SelectMany(e => CoqlBinder.Columns(e))
            .Where(c => c.Path.Contains('.', StringComparison.Ordinal))
            .Select(c => module.FindField(c.Path[..c.Path.IndexOf('.', StringComparison.Ordinal)]))
            .Where(f => f is not null && f.DataType.IsLookup())
            .Select(f => CoqlBuiltInModules.TargetModule(f!))
            .Where(t => t is not null && modules.ContainsKey(t))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        await Task.WhenAll(targets.Select(t => Metadata.GetModuleAsync(t!, cancellationToken))).ConfigureAwait(false);
    }
}
