using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Method translation restricted to what COQL can evaluate: equality (<c>Equals</c>) and membership in a list
/// (<c>Contains</c>, which becomes IN), comparisons (<c>string.Compare</c>, <c>CompareTo</c>) and
/// <c>EF.Functions.Like</c>. The relational defaults would also translate string concatenation,
/// <c>IsNullOrEmpty</c>, <c>GetValueOrDefault</c> (COALESCE) and random numbers into SQL that COQL
/// cannot run; refused here, they run on the client in a final Select and fail clearly elsewhere.
/// (<c>StartsWith</c>/<c>EndsWith</c>/<c>Contains</c> on strings are translated by
/// <see cref="ZohoCrmSqlTranslatingExpressionVisitor"/>, which can escape parameters.) Internal API.
/// </summary>
public class ZohoCrmMethodCallTranslatorProvider : RelationalMethodCallTranslatorProvider
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmMethodCallTranslatorProvider(RelationalMethodCallTranslatorProviderDependencies dependencies)
        : base(dependencies)
    {
    }

    /// <inheritdoc />
    public override SqlExpression? Translate(
        IModel model, SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments,
        IDiagnosticsLogger<DbLoggerCategory.Query> logger)
        => IsAllowed(method) ? base.Translate(model, instance, method, arguments, logger) : null;

    private static bool IsAllowed(MethodInfo method) =>
        method.Name switch
        {
            nameof(Equals) => true,
            // Enumerable.Contains, List<T>.Contains, ICollection<T>.Contains, MemoryExtensions.Contains: IN.
            nameof(Enumerable.Contains) => method.DeclaringType != typeof(string),
            // string.Compare(a, b) > 0 and a.CompareTo(b) > 0 are how C# writes range comparisons on text.
            nameof(string.Compare) or nameof(string.CompareTo) => true,
            // EF.Functions.Like is the database's LIKE: Zoho's, which ignores case; ZohoCrm.Data narrows other shapes.
            nameof(DbFunctionsExtensions.Like) => method.DeclaringType == typeof(DbFunctionsExtensions),
            _ => false,
        };
}
