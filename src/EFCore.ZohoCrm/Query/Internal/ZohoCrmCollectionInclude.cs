using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// One included collection navigation, loaded after the query that returns its principals: the references followed
/// from each returned record to the principal (<see cref="ReferencePath"/>, empty when the collection is on the
/// returned record), the collection, the filter of a filtered Include, and what was included after it. Internal API.
/// </summary>
public sealed class ZohoCrmCollectionInclude
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmCollectionInclude(
        IReadOnlyList<INavigation> referencePath, INavigation collection, IReadOnlyList<MethodCallExpression> filter,
        IReadOnlyList<ZohoCrmIncludeTail> tails)
    {
        ReferencePath = referencePath;
        Collection = collection;
        Filter = filter;
        Tails = tails;
    }

    /// <summary>Reference navigations from a returned record to the principal whose collection is loaded.</summary>
    public IReadOnlyList<INavigation> ReferencePath { get; }

    /// <summary>The collection navigation.</summary>
    public INavigation Collection { get; }

    /// <summary>Where/OrderBy/ThenBy calls (Enumerable) of a filtered Include, innermost first.</summary>
    public IReadOnlyList<MethodCallExpression> Filter { get; }

    /// <summary>Includes after the collection, applied to the query of the collection's records.</summary>
    public IReadOnlyList<ZohoCrmIncludeTail> Tails { get; }
}

/// <summary>
/// What an Include chain asks for after a collection: the ThenInclude calls that follow it, or the rest of a string
/// path. They become an Include chain of the query that loads the collection's records. Internal API.
/// </summary>
public sealed class ZohoCrmIncludeTail
{
    private static readonly System.Reflection.MethodInfo IncludeMethod = typeof(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions)
        .GetMethods().Single(m => m.Name == "Include" && m.GetGenericArguments().Length == 2);

    private static readonly System.Reflection.MethodInfo StringIncludeMethod = typeof(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions)
        .GetMethods().Single(m => m.Name == "Include" && m.GetGenericArguments().Length == 1 && m.GetParameters()[1].ParameterType == typeof(string));

    private ZohoCrmIncludeTail(string? path, IReadOnlyList<MethodCallExpression>? calls)
    {
        Path = path;
        Calls = calls;
    }

    /// <summary>The rest of a string Include path.</summary>
    public string? Path { get; }

    /// <summary>The ThenInclude calls after the collection.</summary>
    public IReadOnlyList<MethodCallExpression>? Calls { get; }

    /// <summary>A tail for the rest of a string path, or null when the collection ends the path.</summary>
    public static ZohoCrmIncludeTail? ForPath(string path) => path.Length == 0 ? null : new ZohoCrmIncludeTail(path, null);

    /// <summary>A tail for ThenInclude calls, or null when there are none.</summary>
    public static ZohoCrmIncludeTail? ForCalls(IReadOnlyList<MethodCallExpression> calls) => calls.Count == 0 ? null : new ZohoCrmIncludeTail(null, calls);

    /// <summary>Applies the tail as Include/ThenInclude calls to a query of the collection's records.</summary>
    public Expression ApplyTo(Expression source, Type dependentType, Func<Expression, Expression> bindParameters)
    {
        if (Path is not null)
        {
            return Expression.Call(StringIncludeMethod.MakeGenericMethod(dependentType), source, Expression.Constant(Path));
        }

        var result = source;
        for (var i = 0; i < Calls!.Count; i++)
        {
            var call = Calls[i];
            var lambda = bindParameters(call.Arguments[1]);
            var arguments = call.Method.GetGenericArguments();
            // The first ThenInclude starts from the collection's records: on their own query it is an Include.
            var method = i == 0
                ? IncludeMethod.MakeGenericMethod(dependentType, arguments[2])
                : call.Method.GetGenericMethodDefinition().MakeGenericMethod(dependentType, arguments[1], arguments[2]);
            result = Expression.Call(method, result, lambda);
        }

        return result;
    }
}
