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
    private readonly ZohoCrmQueryPlanner _planner;

    /// <summary>The data source's log (one writer per Logfile): Verbosity of the connection string, and its logger factory.</summary>
    public ZohoCrmLog Log => _dataSource.Log;

    /// <summary>
    /// Plans a command with the connection's effective settings (<paramref name="options"/>): loads the metadata its
    /// modules need (once per data source) and binds the parameters.
    /// </summary>
    public async Task<(ZohoCrmQueryPlan Plan, IZohoCrmSchema Schema)> PlanAsync(string text, ZohoCrmParameterCollection parameters,
        ZohoCrmQueryPlannerOptions options, bool async, CancellationToken cancellationToken)
    {
        var modules = await Metadata.GetModulesAsync(MetadataSource, async, cancellationToken).ConfigureAwait(false);
        var schema = new ZohoCrmLoadedSchema(modules, await LoadModulesAsync(text, modules, async, cancellationToken).ConfigureAwait(false));
        var plan = _planner.Plan(text, schema, ParameterValues(parameters), options);
        if (Log.Query.IsEnabled(LogLevel.Debug))
        {
            Log.Query.QueryPlanned(plan.Explain(ReadAhead));
        }

        return (plan, schema);
    }

    public async Task<string> ExplainAsync(string text, ZohoCrmParameterCollection parameters, ZohoCrmQueryPlannerOptions options, bool async,
        CancellationToken cancellationToken) =>
        (await PlanAsync(text, parameters, options, async, cancellationToken).ConfigureAwait(false)).Plan.Explain(ReadAhead);

    /// <summary>
    /// Plans and starts a query; <paramref name="timeout"/> bounds the planning and then each Zoho call of the read. With
    /// <paramref name="async"/> false everything is synchronous I/O and the task is complete on return.
    /// </summary>
    public async Task<ZohoCrmDataReader> ExecuteAsync(string text, ZohoCrmParameterCollection parameters, ZohoCrmQueryPlannerOptions options,
        CommandBehavior behavior, ZohoCrmCallTimeout timeout, CancellationTokenSource lifetime, bool async, CancellationToken cancellationToken,
        Action<ZohoCrmDataReader>? onClose)
    {
        IZohoCrmPageSource? source = null;
        var statistics = Log.Query.IsEnabled(LogLevel.Information) ? new ZohoCrmQueryStatistics() : null;
        ZohoCrmQueryPlan? executing = null;
        try
        {
            var (plan, schema) = await timeout.RunAsync(ct => PlanAsync(text, parameters, options, async, ct), ZohoCrmStrings.PlanningCall, cancellationToken).ConfigureAwait(false);
            executing = plan;
            var layouts = ZohoCrmQueryLayouts.For(plan, schema);
            var api = (behavior & CommandBehavior.SchemaOnly) != 0 || plan.Steps.Count == 0 && layouts.IsDirect
                ? null
                : await timeout.RunAsync(ct => GetApiClientAsync(statistics, async, ct).AsTask(), ZohoCrmStrings.PlanningCall, cancellationToken).ConfigureAwait(false);
            source = CreateSource(plan, layouts, api, timeout, lifetime.Token);
            var processed = source as ZohoCrmProcessedSource;
            if (statistics is not null)
            {
                source = statistics.CountRows(source);
            }

            var reader = await ZohoCrmDataReader.OpenAsync(layouts.Output, source, lifetime, behavior,
                onClose: statistics is null ? onClose : r => { LogQuery(plan, statistics, processed); onClose?.Invoke(r); },
                async, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The pages of one read kept on the wire at once: never more than the data source's MaxConcurrency slots.</summary>
    public int ReadAhead => Math.Min(_dataSource.Settings.ReadAhead, _dataSource.HttpOptions.MaxConcurrency);

    private IZohoCrmPageSource CreateSource(ZohoCrmQueryPlan plan, ZohoCrmQueryLayouts layouts, Api.ZohoCrmApiClient? api, ZohoCrmCallTimeout timeout,
        CancellationToken lifetime)
    {
        var input = layouts.Input;
        var stitcher = plan.StitchedColumnGroups.Count == 0 || api is null ? null : new ZohoCrmStitcher(api, plan.StitchedColumnGroups, input, timeout);
        var steps = api is null
            ? []
            : plan.Steps.Select(step => (Func<IZohoCrmPageSource>)(step switch
            {
                ZohoCrmCoqlStep coql => () => new ZohoCrmCoqlStepSource(api, coql, input, stitcher, timeout, ReadAhead, lifetime),
                ZohoCrmSearchStep search => () => new ZohoCrmSearchStepSource(api, search, input, stitcher, timeout, lifetime),
                _ => throw new InvalidOperationException("Unknown plan step " + step.GetType().Name),
            })).ToList();
        IZohoCrmPageSource rows = new ZohoCrmConcatenatedSource(steps);
        return layouts.IsDirect ? rows : new ZohoCrmProcessedSource(rows, layouts, plan);
    }

    /// <summary>
    /// Loads, before binding, the fields of every module a text reaches: the module it queries and the target of each
    /// lookup its dotted paths go through (<c>Account_Name.Parent_Account.Industry</c> reaches Accounts twice over).
    /// </summary>
    private async Task<Dictionary<string, ZohoCrmModuleMetadata>> LoadModulesAsync(string text, IReadOnlyDictionary<string, ZohoCrmModuleMetadata> modules,
        bool async, CancellationToken cancellationToken)
    {
        var loaded = new Dictionary<string, ZohoCrmModuleMetadata>(StringComparer.OrdinalIgnoreCase);
        Coql.Syntax.CoqlCommandStatement statement;
        try
        {
            statement = _planner.Parse(text);
        }
        catch (ZohoCrmQueryException)
        {
            // The planner parses the same text next and reports the syntax error with its position.
            return loaded;
        }

        var module = await LoadAsync(statement.Module).ConfigureAwait(false);
        if (module is null || statement is not Coql.Syntax.CoqlStatement select)
        {
            // A DML statement writes fields of its own module only; its condition is planned as a SELECT of its own.
            return loaded;
        }

        var paths = select.Select.Select(s => s.Expression)
            .Append(select.Where)
            .Concat(select.GroupBy)
            .Concat(select.OrderBy.Select(o => o.Expression))
            .SelectMany(e => CoqlBinder.Columns(e))
            .Select(c => c.Path.Split('.'))
            .Where(segments => segments.Length > 1)
            .ToList();

        // One level of lookups at a time; the modules of a level load together.
        var level = paths.Select(p => (Module: module, Segments: p)).ToList();
        for (var depth = 0; level.Count > 0; depth++)
        {
            var steps = level
                .Where(p => depth < p.Segments.Length - 1)
                .Select(p => (p.Segments, Field: p.Module.FindField(p.Segments[depth])))
                .Where(p => p.Field is not null && p.Field.DataType.IsLookup() && CoqlBuiltInModules.TargetModule(p.Field) is not null)
                .Select(p => (p.Segments, Target: CoqlBuiltInModules.TargetModule(p.Field!)!))
                .ToList();
            var targets = steps.Select(s => s.Target).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (async)
            {
                await Task.WhenAll(targets.Select(LoadAsync)).ConfigureAwait(false);
            }
            else
            {
                foreach (var target in targets)
                {
                    await LoadAsync(target).ConfigureAwait(false);
                }
            }

            level = steps.Where(s => loaded.ContainsKey(s.Target)).Select(s => (loaded[s.Target], s.Segments)).ToList();
        }

        return loaded;

        async Task<ZohoCrmModuleMetadata?> LoadAsync(string name)
        {
            if (!modules.ContainsKey(name))
            {
                return null;
            }

            var found = await Metadata.GetModuleAsync(MetadataSource, name, async, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                lock (loaded)
                {
                    loaded[name] = found;
                }
            }

            return found;
        }
    }
}
