using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// The results of a query with collection Includes: reads up to <see cref="ZohoCrmCollectionLoader.BatchSize"/>
/// records from the query, loads their collections, then hands them out in the query's order. Memory stays bounded
/// when streaming (AsAsyncEnumerable, foreach) over a large module. Internal API.
/// </summary>
public sealed class ZohoCrmCollectionLoadingEnumerable<T> : IEnumerable<T>, IAsyncEnumerable<T>, IQueryingEnumerable
{
    private readonly object _source;
    private readonly QueryContext _queryContext;
    private readonly ZohoCrmCollectionLoader _loader;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmCollectionLoadingEnumerable(object source, QueryContext queryContext, ZohoCrmCollectionLoader loader)
    {
        _source = source;
        _queryContext = queryContext;
        _loader = loader;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public IEnumerator<T> GetEnumerator()
    {
        var loaded = _loader.CreateLoadedSets();
        var batch = new List<T>(ZohoCrmCollectionLoader.BatchSize);
        using var records = ((IEnumerable<T>)_source).GetEnumerator();
        var more = true;
        while (more)
        {
            batch.Clear();
            while ((more = records.MoveNext()) && Add(batch, records.Current))
            {
            }

            if (batch.Count > 0)
            {
                _loader.Load(_queryContext, Records(batch), loaded);
            }

            foreach (var record in batch)
            {
                yield return record;
            }
        }
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var loaded = _loader.CreateLoadedSets();
        var batch = new List<T>(ZohoCrmCollectionLoader.BatchSize);
        await using var records = ((IAsyncEnumerable<T>)_source).GetAsyncEnumerator(cancellationToken);
        var more = true;
        while (more)
        {
            batch.Clear();
            while ((more = await records.MoveNextAsync().ConfigureAwait(false)) && Add(batch, records.Current))
            {
            }

            if (batch.Count > 0)
            {
                await _loader.LoadAsync(_queryContext, Records(batch), loaded, cancellationToken).ConfigureAwait(false);
            }

            foreach (var record in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return record;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public string ToQueryString() =>
        (_source as IQueryingEnumerable)?.ToQueryString() + Environment.NewLine + Environment.NewLine + _loader.Describe();

    // True while the batch has room for another record.
    private static bool Add(List<T> batch, T record)
    {
        batch.Add(record);
        return batch.Count < ZohoCrmCollectionLoader.BatchSize;
    }

    private static List<object> Records(List<T> batch) => batch.Where(r => r is not null).Select(r => (object)r!).ToList();
}

/// <summary>Wraps a compiled query so that its results get their included collections. Internal API.</summary>
public static class ZohoCrmCollectionLoading
{
    private static readonly MethodInfo SequenceMethod = typeof(ZohoCrmCollectionLoading).GetMethod(nameof(Sequence), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo SingleMethod = typeof(ZohoCrmCollectionLoading).GetMethod(nameof(Single), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo SingleAsyncMethod = typeof(ZohoCrmCollectionLoading).GetMethod(nameof(SingleAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The executor with collection loading around its result (a sequence, a record, or a task of one).</summary>
    public static Expression<Func<QueryContext, TResult>> Wrap<TResult>(
        Func<QueryContext, TResult> executor, Type elementType, ZohoCrmCollectionLoader loader)
    {
        var queryContext = Expression.Parameter(typeof(QueryContext), "queryContext");
        var result = Expression.Invoke(Expression.Constant(executor), queryContext);
        var resultType = typeof(TResult);
        Expression body;
        if (resultType.IsGenericType && resultType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            body = Expression.Call(SingleAsyncMethod.MakeGenericMethod(resultType.GetGenericArguments()[0]), result, queryContext, Expression.Constant(loader));
        }
        else if (resultType == elementType)
        {
            body = Expression.Call(SingleMethod.MakeGenericMethod(elementType), result, queryContext, Expression.Constant(loader));
        }
        else
        {
            // IEnumerable<T>, IAsyncEnumerable<T>, or the non-generic IEnumerable of ToQueryString.
            body = Expression.Convert(
                Expression.Call(SequenceMethod.MakeGenericMethod(elementType), Expression.Convert(result, typeof(object)), queryContext, Expression.Constant(loader)),
                resultType);
        }

        return Expression.Lambda<Func<QueryContext, TResult>>(body, queryContext);
    }

    private static ZohoCrmCollectionLoadingEnumerable<T> Sequence<T>(object source, QueryContext queryContext, ZohoCrmCollectionLoader loader) =>
        new(source, queryContext, loader);

    private static T Single<T>(T record, QueryContext queryContext, ZohoCrmCollectionLoader loader)
    {
        if (record is not null)
        {
            loader.Load(queryContext, [record], loader.CreateLoadedSets());
        }

        return record;
    }

    private static async Task<T> SingleAsync<T>(Task<T> task, QueryContext queryContext, ZohoCrmCollectionLoader loader)
    {
        var record = await task.ConfigureAwait(false);
        if (record is not null)
        {
            await loader.LoadAsync(queryContext, [record], loader.CreateLoadedSets(), queryContext.CancellationToken).ConfigureAwait(false);
        }

        return record;
    }
}
