using System.Linq.Expressions;
using EFCore.ZohoCrm.Benchmarks.Model;
using EFCore.ZohoCrm.Query.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using ZohoCrm.Data;

#pragma warning disable EF1001 // QueryCompiler is EF's internal API; timing its entry point is what this benchmark is for.

namespace EFCore.ZohoCrm.Benchmarks.Translation;

/// <summary>
/// The query services with a clock around each step EF runs to translate a query and around its per-execution front
/// end, reporting to <see cref="TranslationClock"/>. Each subclasses the service in use (the provider's, or EF's where
/// the provider registers none) and adds two timestamps to the step it times, nothing to any other.
/// </summary>
public static class TimedQueryServices
{
    /// <summary>Options for <see cref="LeadContext"/> over <paramref name="dataSource"/>, with the timed services.</summary>
    public static DbContextOptions<LeadContext> CreateOptions(ZohoCrmDataSource dataSource) =>
        new DbContextOptionsBuilder<LeadContext>()
            .UseZohoCrm(dataSource)
            .ReplaceService<IQueryCompiler, TimedQueryCompiler>()
            .ReplaceService<IDatabase, TimedDatabase>()
            .ReplaceService<IRelationalParameterBasedSqlProcessorFactory, TimedParameterBasedSqlProcessorFactory>()
            .ReplaceService<IQuerySqlGeneratorFactory, TimedQuerySqlGeneratorFactory>()
            .ReplaceService<IEvaluatableExpressionFilter, TimedEvaluatableExpressionFilter>()
            .Options;

    /// <summary>EF's front end of a LINQ execution: parameter extraction, cache key, cache look-up (and compilation on a miss).</summary>
    private sealed class TimedQueryCompiler(
        IQueryContextFactory queryContextFactory,
        ICompiledQueryCache compiledQueryCache,
        ICompiledQueryCacheKeyGenerator compiledQueryCacheKeyGenerator,
        IDatabase database,
        IDiagnosticsLogger<DbLoggerCategory.Query> logger,
        ICurrentDbContext currentContext,
        IEvaluatableExpressionFilter evaluatableExpressionFilter,
        IModel model)
        : QueryCompiler(queryContextFactory, compiledQueryCache, compiledQueryCacheKeyGenerator, database, logger, currentContext,
            evaluatableExpressionFilter, model)
    {
        public override TResult ExecuteAsync<TResult>(Expression query, CancellationToken cancellationToken = default)
        {
            using var _ = TranslationClock.FrontEnd();
            return base.ExecuteAsync<TResult>(query, cancellationToken);
        }

        public override Expression ExtractParameters(
            Expression query,
            Dictionary<string, object?> parameters,
            IDiagnosticsLogger<DbLoggerCategory.Query> logger,
            bool compiledQuery = false,
            bool generateContextAccessors = false)
        {
            using var _ = TranslationClock.ExtractParameters();
            return base.ExtractParameters(query, parameters, logger, compiledQuery, generateContextAccessors);
        }

        public override TResult Execute<TResult>(Expression query)
        {
            using var _ = TranslationClock.FrontEnd();
            return base.Execute<TResult>(query);
        }
    }

    /// <summary>Compilation: the LINQ tree to an executor (for LINQ on a cache miss, for a compiled query once).</summary>
    private sealed class TimedDatabase(DatabaseDependencies dependencies, RelationalDatabaseDependencies relationalDependencies)
        : RelationalDatabase(dependencies, relationalDependencies)
    {
        public override Func<QueryContext, TResult> CompileQuery<TResult>(Expression query, bool async)
        {
            using var _ = TranslationClock.Translate(isCompilation: true);
            return base.CompileQuery<TResult>(query, async);
        }
    }

    /// <summary>The parameter-based processing the relational command cache runs for each new set of parameter nullabilities.</summary>
    private sealed class TimedParameterBasedSqlProcessorFactory(RelationalParameterBasedSqlProcessorDependencies dependencies)
        : ZohoCrmParameterBasedSqlProcessorFactory(dependencies)
    {
        public override RelationalParameterBasedSqlProcessor Create(RelationalParameterBasedSqlProcessorParameters parameters) =>
            new TimedParameterBasedSqlProcessor(Dependencies, parameters);
    }

    private sealed class TimedParameterBasedSqlProcessor(
        RelationalParameterBasedSqlProcessorDependencies dependencies,
        RelationalParameterBasedSqlProcessorParameters parameters)
        : ZohoCrmParameterBasedSqlProcessor(dependencies, parameters)
    {
        public override Expression Process(Expression queryExpression, ParametersCacheDecorator parametersDecorator)
        {
            using var _ = TranslationClock.Translate(isCompilation: false);
            return base.Process(queryExpression, parametersDecorator);
        }
    }

    /// <summary>COQL generation, run by the relational command cache after the parameter-based processing.</summary>
    private sealed class TimedQuerySqlGeneratorFactory(QuerySqlGeneratorDependencies dependencies) : ZohoCrmQuerySqlGeneratorFactory(dependencies)
    {
        public override QuerySqlGenerator Create() => new TimedQuerySqlGenerator(Dependencies);
    }

    private sealed class TimedQuerySqlGenerator(QuerySqlGeneratorDependencies dependencies) : ZohoCrmQuerySqlGenerator(dependencies)
    {
        public override IRelationalCommand GetCommand(Expression queryExpression)
        {
            using var _ = TranslationClock.Translate(isCompilation: false);
            return base.GetCommand(queryExpression);
        }
    }

    /// <summary>The provider's filter, timed: the one piece of the provider EF's parameter extraction calls on every execution.</summary>
    private sealed class TimedEvaluatableExpressionFilter(
        EvaluatableExpressionFilterDependencies dependencies,
        RelationalEvaluatableExpressionFilterDependencies relationalDependencies)
        : ZohoCrmEvaluatableExpressionFilter(dependencies, relationalDependencies)
    {
        public override bool IsEvaluatableExpression(Expression expression, IModel model)
        {
            using var _ = TranslationClock.Filter();
            return base.IsEvaluatableExpression(expression, model);
        }
    }
}
