using System.Globalization;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>
/// Turns one criterion into a delegate over a stored record, after checking the operator against the column's
/// type (api.md §3.1 table) and reading the literals into the column's CLR type once. Comparisons with an
/// empty value are false, as in SQL: only <c>is null</c> matches empty fields.
/// </summary>
internal sealed class CoqlPredicateCompiler(bool strict)
{
    private static readonly string[] StrictDateTimeFormats = ["yyyy-MM-dd'T'HH:mm:sszzz"];

    private static readonly string[] LenientDateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    /// <param name="column">The resolved column.</param>
    /// <param name="predicate">The criterion as parsed.</param>
    /// <param name="subqueryValues">Canonical values a subquery returned, when the criterion has one.</param>
    public Func<StoredRecord, bool> Compile(CoqlColumn column, CoqlPredicate predicate, IReadOnlyList<object?>? subqueryValues)
    {
        var op = predicate.Operator;
        if (!column.Filterable)
        {
            var shown = predicate.Values.Count > 0 ? predicate.Values[0].Text : "${EMPTY}";
            throw CoqlErrors.UnsupportedColumnInCriteria(column.Path, predicate.OperatorText, shown);
        }

        if (!IsAllowed(column, op))
        {
            throw CoqlErrors.InvalidOperator(column.Path, predicate.OperatorText);
        }

        var get = column.Get;
        if (op == CoqlOperator.IsNull)
        {
            return r => CoqlValues.IsEmpty(get(r));
        }

        if (op == CoqlOperator.IsNotNull)
        {
            return r => !CoqlValues.IsEmpty(get(r));
        }

        var kind = column.Kind;
        var values = subqueryValues is null
            ? predicate.Values.Select(v => ReadLiteral(column, v)).ToArray()
            : subqueryValues.Where(v => !CoqlValues.IsEmpty(v)).Select(v => FromCanonical(column, v)).ToArray();

        if (values.Length > 100)
        {
            throw CoqlErrors.LimitExceeded("in_values", 100, "more than 100 values given for the in operator");
        }

        if (subqueryValues is not null && values.Length == 0)
        {
            // An empty subquery: IN matches nothing, NOT IN everything that has a value.
            return op is CoqlOperator.NotIn or CoqlOperator.NotEqual ? r => !CoqlValues.IsEmpty(get(r)) : static _ => false;
        }

        return kind switch
        {
            CoqlValueKind.Text => CompileText(get, op, values.Cast<string>().ToArray()),
            CoqlValueKind.MultiText => CompileMultiText(get, op, values.Cast<string>().ToArray()),
            CoqlValueKind.Decimal => CompileOrdered(get, CoqlValues.ToDecimal, op, values.Cast<decimal>().ToArray()),
            CoqlValueKind.Long or CoqlValueKind.Reference => CompileOrdered(get, CoqlValues.ToLong, op, values.Cast<long>().ToArray()),
            CoqlValueKind.Date => CompileOrdered(get, CoqlValues.ToDate, op, values.Cast<DateOnly>().ToArray()),
            CoqlValueKind.DateTime => CompileOrdered(get, CoqlValues.ToDateTime, op, values.Cast<DateTimeOffset>().ToArray()),
            CoqlValueKind.Boolean => CompileBoolean(get, op, (bool)values[0]),
            _ => throw CoqlErrors.InvalidOperator(column.Path, predicate.OperatorText),
        };
    }

    private bool IsAllowed(CoqlColumn column, CoqlOperator op)
    {
        if (op is CoqlOperator.IsNull or CoqlOperator.IsNotNull)
        {
            // Booleans are never empty; only formula booleans take the null checks.
            return column.Kind != CoqlValueKind.Boolean || column.Field?.DataType == FieldDataType.Formula || !strict;
        }

        return column.Kind switch
        {
            CoqlValueKind.Text or CoqlValueKind.MultiText => op is CoqlOperator.Equal or CoqlOperator.NotEqual or CoqlOperator.Like
                or CoqlOperator.NotLike or CoqlOperator.In or CoqlOperator.NotIn,
            CoqlValueKind.Decimal or CoqlValueKind.Long or CoqlValueKind.Date or CoqlValueKind.DateTime =>
                op is not (CoqlOperator.Like or CoqlOperator.NotLike),
            CoqlValueKind.Boolean => op == CoqlOperator.Equal || (!strict && op == CoqlOperator.NotEqual),
            CoqlValueKind.Reference => op is CoqlOperator.Equal or CoqlOperator.NotEqual or CoqlOperator.In or CoqlOperator.NotIn,
            _ => false,
        };
    }

    /// <summary>Reads a literal as the column's CLR type, or fails with "value given seems to be invalid for the column".</summary>
    private object ReadLiteral(CoqlColumn column, CoqlToken literal)
    {
        var text = literal.Text;
        var quoted = literal.Kind is CoqlTokenKind.SingleQuoted or CoqlTokenKind.DoubleQuoted;
        var bare = literal.Kind == CoqlTokenKind.Word;
        switch (column.Kind)
        {
            case CoqlValueKind.Text or CoqlValueKind.MultiText:
                // Zoho's COQL page shows a picklist value unquoted (Lead_Source = Advertisement), so strict mode takes
                // it there; for other text the documented form is quoted, and only lenient mode reads a bare word.
                return bare && strict && column.Type != FieldDataType.Picklist ? throw CoqlErrors.InvalidValue(column.Path, text) : text;
            case CoqlValueKind.Decimal:
                return (literal.Kind == CoqlTokenKind.Number || (quoted && !strict))
                    && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw CoqlErrors.InvalidValue(column.Path, text);
            case CoqlValueKind.Long or CoqlValueKind.Reference:
                // Ids are compared as numbers whether quoted (keyset paging: id > '…') or not.
                return !bare && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
                    ? id
                    : throw CoqlErrors.InvalidValue(column.Path, text);
            case CoqlValueKind.Boolean:
                if ((quoted || (bare && !strict)) && bool.TryParse(text, out var flag))
                {
                    return flag;
                }

                throw CoqlErrors.InvalidValue(column.Path, text);
            case CoqlValueKind.Date:
                return quoted && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw CoqlErrors.InvalidValue(column.Path, text);
            case CoqlValueKind.DateTime:
                return quoted && DateTimeOffset.TryParseExact(text, strict ? StrictDateTimeFormats : LenientDateTimeFormats,
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                    ? instant
                    : throw CoqlErrors.InvalidValue(column.Path, text);
            default:
                throw CoqlErrors.InvalidValue(column.Path, text);
        }
    }

    /// <summary>A value a subquery returned, as the outer column's type (ids for lookups, text for text).</summary>
    private static object FromCanonical(CoqlColumn column, object? value) => column.Kind switch
    {
        CoqlValueKind.Text or CoqlValueKind.MultiText => CoqlValues.ToText(value)!,
        CoqlValueKind.Decimal => CoqlValues.ToDecimal(value) ?? throw CoqlErrors.InvalidValue(column.Path, CoqlValues.ToText(value)!),
        CoqlValueKind.Long or CoqlValueKind.Reference => CoqlValues.ToLong(value) ?? throw CoqlErrors.InvalidValue(column.Path, CoqlValues.ToText(value)!),
        CoqlValueKind.Date => CoqlValues.ToDate(value) ?? throw CoqlErrors.InvalidValue(column.Path, CoqlValues.ToText(value)!),
        CoqlValueKind.DateTime => CoqlValues.ToDateTime(value) ?? throw CoqlErrors.InvalidValue(column.Path, CoqlValues.ToText(value)!),
        CoqlValueKind.Boolean => value as bool? ?? throw CoqlErrors.InvalidValue(column.Path, CoqlValues.ToText(value)!),
        _ => throw CoqlErrors.InvalidValue(column.Path, CoqlValues.ToText(value)!),
    };

    private static Func<StoredRecord, bool> CompileOrdered<T>(Func<StoredRecord, object?> get, Func<object?, T?> read, CoqlOperator op, T[] values)
        where T : struct, IComparable<T>
    {
        var first = values[0];
        switch (op)
        {
            case CoqlOperator.Equal:
                return r => read(get(r)) is { } x && x.CompareTo(first) == 0;
            case CoqlOperator.NotEqual:
                return r => read(get(r)) is { } x && x.CompareTo(first) != 0;
            case CoqlOperator.GreaterThan:
                return r => read(get(r)) is { } x && x.CompareTo(first) > 0;
            case CoqlOperator.GreaterOrEqual:
                return r => read(get(r)) is { } x && x.CompareTo(first) >= 0;
            case CoqlOperator.LessThan:
                return r => read(get(r)) is { } x && x.CompareTo(first) < 0;
            case CoqlOperator.LessOrEqual:
                return r => read(get(r)) is { } x && x.CompareTo(first) <= 0;
            case CoqlOperator.Between or CoqlOperator.NotBetween:
                var low = values[0];
                var high = values[1];
                var inside = op == CoqlOperator.Between;
                return r => read(get(r)) is { } x && (x.CompareTo(low) >= 0 && x.CompareTo(high) <= 0) == inside;
            case CoqlOperator.In or CoqlOperator.NotIn:
                var set = new HashSet<T>(values);
                var member = op == CoqlOperator.In;
                return r => read(get(r)) is { } x && set.Contains(x) == member;
            default:
                throw new InvalidOperationException($"Operator {op} was admitted for an ordered column.");
        }
    }

    private static Func<StoredRecord, bool> CompileText(Func<StoredRecord, object?> get, CoqlOperator op, string[] values)
    {
        var first = values[0];
        switch (op)
        {
            case CoqlOperator.Equal:
                return r => get(r) is string s && s.Length > 0 && string.Equals(s, first, StringComparison.OrdinalIgnoreCase);
            case CoqlOperator.NotEqual:
                return r => get(r) is string s && s.Length > 0 && !string.Equals(s, first, StringComparison.OrdinalIgnoreCase);
            case CoqlOperator.Like or CoqlOperator.NotLike:
                var pattern = new LikePattern(first);
                var like = op == CoqlOperator.Like;
                return r => get(r) is string s && s.Length > 0 && pattern.IsMatch(s) == like;
            case CoqlOperator.In or CoqlOperator.NotIn:
                var set = new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
                var member = op == CoqlOperator.In;
                return r => get(r) is string s && s.Length > 0 && set.Contains(s) == member;
            default:
                throw new InvalidOperationException($"Operator {op} was admitted for a text column.");
        }
    }

    /// <summary>Multi-select picklists compare as the set of chosen values; <c>'a;b'</c> names a set, in any order.</summary>
    private static Func<StoredRecord, bool> CompileMultiText(Func<StoredRecord, object?> get, CoqlOperator op, string[] values)
    {
        var sets = values.Select(ToSet).ToArray();
        switch (op)
        {
            case CoqlOperator.Equal or CoqlOperator.In:
                return r => get(r) is string[] { Length: > 0 } chosen && sets.Any(s => s.SetEquals(chosen));
            case CoqlOperator.NotEqual or CoqlOperator.NotIn:
                return r => get(r) is string[] { Length: > 0 } chosen && !sets.Any(s => s.SetEquals(chosen));
            case CoqlOperator.Like or CoqlOperator.NotLike:
                var pattern = new LikePattern(values[0]);
                var like = op == CoqlOperator.Like;
                return r => get(r) is string[] { Length: > 0 } chosen && pattern.IsMatch(string.Join(";", chosen)) == like;
            default:
                throw new InvalidOperationException($"Operator {op} was admitted for a multi-select column.");
        }

        static HashSet<string> ToSet(string joined) =>
            new(joined.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
    }

    private static Func<StoredRecord, bool> CompileBoolean(Func<StoredRecord, object?> get, CoqlOperator op, bool value) =>
        op == CoqlOperator.Equal
            ? r => get(r) is bool b ? b == value : !value
            : r => get(r) is bool b ? b != value : value;
}

/// <summary>
/// A LIKE pattern: <c>%</c> matches any run of characters, case-insensitively; <c>_</c> is an ordinary
/// character because Zoho documents no single-character wildcard.
/// </summary>
internal sealed class LikePattern
{
    private readonly string[] _parts;
    private readonly bool _anchoredStart;
    private readonly bool _anchoredEnd;

    public LikePattern(string pattern)
    {
        _parts = pattern.Split('%');
        _anchoredStart = !pattern.StartsWith('%');
        _anchoredEnd = !pattern.EndsWith('%');
    }

    public bool IsMatch(string value)
    {
        if (_parts.Length == 1)
        {
            return string.Equals(value, _parts[0], StringComparison.OrdinalIgnoreCase);
        }

        var position = 0;
        var first = _parts[0];
        if (_anchoredStart)
        {
            if (!value.StartsWith(first, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            position = first.Length;
        }

        var lastIndex = _parts.Length - 1;
        for (var i = 1; i < lastIndex; i++)
        {
            var part = _parts[i];
            if (part.Length == 0)
            {
                continue;
            }

            var found = value.IndexOf(part, position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + part.Length;
        }

        var last = _parts[lastIndex];
        return _anchoredEnd
            ? value.Length - last.Length >= position && value.EndsWith(last, StringComparison.OrdinalIgnoreCase)
            : true;
    }
}
