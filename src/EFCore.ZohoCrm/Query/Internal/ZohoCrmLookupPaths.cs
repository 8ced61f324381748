using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using System.Linq.Expressions;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// The lookup paths of a query: EF expands a reference navigation to a join of the target module on
/// <c>lookup = id</c>; COQL writes the same thing as a dot path. This maps each table alias of a
/// <see cref="SelectExpression"/> to the prefix its columns take: none for the queried module,
/// <c>Account_Name.</c> for the account of a contact, <c>Account_Name.Parent_Account.</c> one level further. Internal API.
/// </summary>
internal sealed class ZohoCrmLookupPaths
{
    /// <summary>COQL follows at most this many lookups from the queried module.</summary>
    public const int MaxDepth = 2;

    private readonly Dictionary<string, (string Prefix, int Depth)> _prefixes;

    private ZohoCrmLookupPaths(Dictionary<string, (string Prefix, int Depth)> prefixes) => _prefixes = prefixes;

    /// <summary>The prefix of a table alias's columns.</summary>
    public string PrefixOf(string tableAlias) => _prefixes.TryGetValue(tableAlias, out var entry) ? entry.Prefix : string.Empty;

    /// <summary>
    /// Computes the paths of a query, or says in <paramref name="error"/> why its tables are not one module and
    /// lookups followed from it.
    /// </summary>
    public static ZohoCrmLookupPaths? TryCreate(SelectExpression select, ISqlGenerationHelper sqlGenerationHelper, out string? error)
    {
        error = null;
        if (select.Tables.Count == 0 || select.Tables[0] is not TableExpression root)
        {
            error = select.Tables.Count > 0 && select.Tables[0] is FromSqlExpression
                ? ZohoCrmStrings.FromSqlNotComposable
                : ZohoCrmStrings.SubqueriesNotSupported;
            return null;
        }

        if (ZohoCrmUserTable.IsUserTable(root.Name))
        {
            error = ZohoCrmStrings.UsersNotQueryable(
                root.Table.EntityTypeMappings.Select(m => m.TypeBase.DisplayName()).FirstOrDefault() ?? root.Name);
            return null;
        }

        var prefixes = new Dictionary<string, (string Prefix, int Depth)>(StringComparer.Ordinal) { [root.Alias] = (string.Empty, 0) };
        for (var i = 1; i < select.Tables.Count; i++)
        {
            // Only LEFT JOINs: a path keeps every record, and ZohoCrmInnerLookupJoinRewriter has turned each INNER
            // JOIN on a lookup into a LEFT JOIN and a condition.
            var (table, predicate) = select.Tables[i] is LeftJoinExpression left
                ? (left.Table, left.JoinPredicate)
                : ((TableExpressionBase?)null, (SqlExpression?)null);

            if (table is not TableExpression joined || predicate is null)
            {
                error = table is SelectExpression ? ZohoCrmStrings.SubqueriesNotSupported : ZohoCrmStrings.JoinNotLookup;
                return null;
            }

            if (!TryGetLookupColumn(predicate, joined.Alias, out var lookupColumn)
                || !prefixes.TryGetValue(lookupColumn.TableAlias, out var outer))
            {
                error = IsReverseLookup(predicate, joined.Alias) ? ZohoCrmStrings.CollectionJoinNotSupported : ZohoCrmStrings.JoinNotLookup;
                return null;
            }

            var prefix = outer.Prefix + sqlGenerationHelper.DelimitIdentifier(lookupColumn.Name) + ".";
            if (outer.Depth + 1 > MaxDepth)
            {
                error = ZohoCrmStrings.LookupPathTooDeep(prefix.TrimEnd('.'));
                return null;
            }

            prefixes[joined.Alias] = (prefix, outer.Depth + 1);
        }

        return new ZohoCrmLookupPaths(prefixes);
    }

    /// <summary>
    /// Whether a join predicate is <c>outer.&lt;lookup&gt; = joined.id</c> (in either order) where the outer column is
    /// a lookup field, and that column.
    /// </summary>
    public static bool TryGetLookupColumn(SqlExpression predicate, string innerAlias, out ColumnExpression lookupColumn)
    {
        lookupColumn = null!;
        if (predicate is not SqlBinaryExpression { OperatorType: ExpressionType.Equal } equal
            || equal.Left is not ColumnExpression left
            || equal.Right is not ColumnExpression right)
        {
            return false;
        }

        var (outer, inner) = right.TableAlias == innerAlias ? (left, right) : (right, left);
        if (inner.TableAlias != innerAlias
            || outer.TableAlias == innerAlias
            || !string.Equals(inner.Name, "id", StringComparison.OrdinalIgnoreCase)
            || !IsLookup(outer.TypeMapping))
        {
            return false;
        }

        lookupColumn = outer;
        return true;
    }

    /// <summary>
    /// Whether a join predicate is <c>outer.id = joined.&lt;lookup&gt;</c>: the records that point to the outer one
    /// (a collection navigation), which COQL cannot join.
    /// </summary>
    public static bool IsReverseLookup(SqlExpression predicate, string innerAlias) =>
        predicate is SqlBinaryExpression { OperatorType: ExpressionType.Equal, Left: ColumnExpression left, Right: ColumnExpression right }
        && ((left.TableAlias == innerAlias && IsLookup(left.TypeMapping)) || (right.TableAlias == innerAlias && IsLookup(right.TypeMapping)));

    private static bool IsLookup(RelationalTypeMapping? typeMapping) =>
        ZohoCrmStoreTypes.ToFieldType(typeMapping?.StoreTypeNameBase).IsLookup();
}
