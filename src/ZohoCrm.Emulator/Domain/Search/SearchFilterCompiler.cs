using System.Globalization;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Search;

/// <summary>
/// Compiles Search criteria into a delegate over stored records with Zoho's semantics: <c>equals</c> on text is a
/// loose contains-match (not on picklists), operators are checked per field type, values are read once.
/// </summary>
internal sealed class SearchFilterCompiler(OrgSchema schema, IRecordLookup records, ModuleDefinition module)
{
    private const int MaxInValues = 100;

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    public Func<StoredRecord, bool> Compile(SearchCondition condition)
    {
        switch (condition)
        {
            case SearchLogical logical:
                var left = Compile(logical.Left);
                var right = Compile(logical.Right);
                return logical.IsAnd ? r => left(r) && right(r) : r => left(r) || right(r);
            case SearchCriterion criterion:
                return CompileCriterion(criterion);
            default:
                throw new InvalidOperationException($"Unknown search condition {condition.GetType().Name}.");
        }
    }

    private Func<StoredRecord, bool> CompileCriterion(SearchCriterion criterion)
    {
        var op = criterion.Operator;
        if (string.Equals(criterion.Field, "id", StringComparison.OrdinalIgnoreCase))
        {
            var idOperators = new[] { "equals", "not_equal", "in", "greater_than", "greater_equal", "less_than", "less_equal", "between" };
            if (!idOperators.Contains(op))
            {
                throw SearchErrors.InvalidOperator("id", op);
            }

            return Ordered<long>(criterion, FieldDataType.BigInt, r => r.Id, v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null);
        }

        var field = module.FindField(criterion.Field) ?? throw SearchErrors.InvalidField(criterion.Field);
        var type = field.ValueType;
        if (field.DataType == FieldDataType.MultiSelectLookup || !OperatorsFor(type).Contains(op))
        {
            throw SearchErrors.InvalidOperator(field.ApiName, op);
        }

        var apiName = field.ApiName;
        Func<StoredRecord, object?> get = r => r.Values.GetValueOrDefault(apiName);
        switch (type)
        {
            case FieldDataType.Integer or FieldDataType.Double or FieldDataType.Currency or FieldDataType.Percent:
                return Ordered(criterion, type, r => get(r) switch { long l => l, decimal d => d, _ => (decimal?)null },
                    v => decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null);
            case FieldDataType.BigInt:
                return Ordered(criterion, type, r => get(r) as long?,
                    v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null);
            case FieldDataType.Date:
                return Ordered(criterion, type, r => get(r) as DateOnly?,
                    v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);
            case FieldDataType.DateTime:
                return DateTimes(criterion, r => get(r) as DateTimeOffset?);
            case FieldDataType.Boolean:
                var flag = bool.TryParse(criterion.Value.Trim(), out var b) ? b : throw SearchErrors.TypeMismatch(apiName, type, criterion.Value);
                var wanted = op == "equals" ? flag : !flag;
                return r => (get(r) is true) == wanted;
            case FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup:
                return Lookup(criterion, field, get);
            case FieldDataType.MultiSelectPicklist:
                return MultiSelect(criterion, get);
            default:
                return Text(criterion, field, get);
        }
    }

    private static string[] OperatorsFor(FieldDataType type) => type switch
    {
        FieldDataType.Date or FieldDataType.DateTime or FieldDataType.Integer or FieldDataType.Currency or FieldDataType.Double
            or FieldDataType.BigInt or FieldDataType.Percent =>
            ["equals", "not_equal", "greater_equal", "greater_than", "less_equal", "less_than", "between", "in"],
        FieldDataType.Boolean => ["equals", "not_equal"],
        FieldDataType.Textarea => ["equals", "not_equal", "starts_with"],
        FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup => ["equals", "not_equal", "in"],
        FieldDataType.Picklist or FieldDataType.AutoNumber => ["equals", "not_equal", "in"],
        FieldDataType.MultiSelectPicklist => ["equals", "not_equal", "in", "starts_with"],
        _ => ["equals", "not_equal", "starts_with", "in"],
    };

    /// <summary>Datetimes whose '+' arrived as a space (a criteria value not URL-encoded) are read as meant.</summary>
    private static DateTimeOffset? ReadDateTime(string value)
    {
        var text = value.Trim();
        if (text.Length > 19 && text[^6] == ' ')
        {
            text = string.Concat(text.AsSpan(0, text.Length - 6), "+", text.AsSpan(text.Length - 5));
        }

        return DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;
    }

    private static Func<StoredRecord, bool> Ordered<T>(SearchCriterion criterion, FieldDataType type, Func<StoredRecord, T?> get, Func<string, T?> read)
        where T : struct, IComparable<T>
    {
        var op = criterion.Operator;
        T Read(string v) => read(v.Trim()) ?? throw SearchErrors.TypeMismatch(criterion.Field, type, v);
        switch (op)
        {
            case "in":
                var set = new HashSet<T>(InValues(criterion).Select(Read));
                return r => get(r) is { } x && set.Contains(x);
            case "between":
                var bounds = criterion.Values;
                if (bounds.Count != 2)
                {
                    throw SearchErrors.InvalidValue(criterion.Field, op, criterion.Value);
                }

                var low = Read(bounds[0]);
                var high = Read(bounds[1]);
                return r => get(r) is { } x && x.CompareTo(low) >= 0 && x.CompareTo(high) <= 0;
        }

        var value = Read(criterion.Value);
        return op switch
        {
            "equals" => r => get(r) is { } x && x.CompareTo(value) == 0,
            "not_equal" => r => get(r) is not { } x || x.CompareTo(value) != 0,
            "greater_than" => r => get(r) is { } x && x.CompareTo(value) > 0,
            "greater_equal" => r => get(r) is { } x && x.CompareTo(value) >= 0,
            "less_than" => r => get(r) is { } x && x.CompareTo(value) < 0,
            _ => r => get(r) is { } x && x.CompareTo(value) <= 0,
        };
    }

    /// <summary>
    /// Datetime criteria. A value is an instant, or a date meaning that whole day in the org's time zone (Zoho's
    /// examples filter <c>Created_Time</c> by dates); each is read as the span [from, to) it covers.
    /// </summary>
    private Func<StoredRecord, bool> DateTimes(SearchCriterion criterion, Func<StoredRecord, DateTimeOffset?> get)
    {
        var op = criterion.Operator;
        var offset = schema.Org.UtcOffset;
        (DateTimeOffset From, DateTimeOffset To) Read(string value)
        {
            var text = value.Trim();
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), offset);
                return (start, start.AddDays(1));
            }

            return ReadDateTime(text) is { } instant
                ? (instant, instant.AddTicks(1))
                : throw SearchErrors.TypeMismatch(criterion.Field, FieldDataType.DateTime, value);
        }

        switch (op)
        {
            case "in":
                var spans = InValues(criterion).Select(Read).ToArray();
                return r => get(r) is { } x && spans.Any(s => x >= s.From && x < s.To);
            case "between":
                if (criterion.Values.Count != 2)
                {
                    throw SearchErrors.InvalidValue(criterion.Field, op, criterion.Value);
                }

                var low = Read(criterion.Values[0]).From;
                var high = Read(criterion.Values[1]).To;
                return r => get(r) is { } x && x >= low && x < high;
        }

        var (from, to) = Read(criterion.Value);
        return op switch
        {
            "equals" => r => get(r) is { } x && x >= from && x < to,
            "not_equal" => r => get(r) is not { } x || x < from || x >= to,
            "greater_than" => r => get(r) is { } x && x >= to,
            "greater_equal" => r => get(r) is { } x && x >= from,
            "less_than" => r => get(r) is { } x && x < from,
            _ => r => get(r) is { } x && x < to,
        };
    }

    private static IReadOnlyList<string> InValues(SearchCriterion criterion)
    {
        var values = criterion.Values;
        return values.Count > MaxInValues ? throw SearchErrors.TooManyValues(criterion.Field, MaxInValues) : values;
    }

    /// <summary>
    /// Text fields: <c>equals</c> is a loose contains-match, <c>starts_with</c> a loose prefix; picklists and
    /// auto-numbers compare whole values. <c>not_equal</c> also matches empty fields.
    /// </summary>
    private static Func<StoredRecord, bool> Text(SearchCriterion criterion, FieldDefinition field, Func<StoredRecord, object?> get)
    {
        var op = criterion.Operator;
        var exact = field.ValueType is FieldDataType.Picklist or FieldDataType.AutoNumber;
        var given = op == "in" ? InValues(criterion) : [criterion.Value];
        if (field.ValueType == FieldDataType.Phone && given.FirstOrDefault(v => v.Any(char.IsLetter)) is { } lettered)
        {
            // A phone number is digits and punctuation; Zoho refuses letters rather than finding nothing.
            throw SearchErrors.InvalidPhone(field.ApiName, lettered);
        }

        var values = given.Select(v => exact ? v.Trim() : SearchText.Loose(v)).ToArray();
        if (values.Any(v => v.Length == 0))
        {
            throw SearchErrors.InvalidValue(field.ApiName, op, criterion.Value);
        }

        Func<string, bool> matches = op == "starts_with"
            ? s => SearchText.LooseStartsWith(s, values[0])
            : exact
                ? s => values.Any(v => string.Equals(s, v, StringComparison.OrdinalIgnoreCase))
                : values.Length == 1
                    ? s => SearchText.LooseContains(s, values[0])
                    : s =>
                    {
                        var loose = SearchText.Loose(s);
                        return values.Any(v => loose.Contains(v, StringComparison.Ordinal));
                    };
        return op == "not_equal"
            ? r => get(r) is not string { Length: > 0 } s || !matches(s)
            : r => get(r) is string { Length: > 0 } s && matches(s);
    }

    private static Func<StoredRecord, bool> MultiSelect(SearchCriterion criterion, Func<StoredRecord, object?> get)
    {
        var op = criterion.Operator;
        var values = (op == "in" ? InValues(criterion) : [criterion.Value]).Select(v => v.Trim()).ToArray();
        Func<string[], bool> matches = op switch
        {
            "starts_with" => chosen => chosen.Any(c => c.StartsWith(values[0], StringComparison.OrdinalIgnoreCase)),
            "in" => chosen => values.Any(v => chosen.Contains(v, StringComparer.OrdinalIgnoreCase)),

            // equals 'a;b' asks for records that chose all of them.
            _ => chosen => values[0].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .All(v => chosen.Contains(v, StringComparer.OrdinalIgnoreCase)),
        };
        return op == "not_equal"
            ? r => get(r) is not string[] { Length: > 0 } chosen || !matches(chosen)
            : r => get(r) is string[] { Length: > 0 } chosen && matches(chosen);
    }

    /// <summary>Lookups match an id, or else the target's name (a user's name or email) loosely.</summary>
    private Func<StoredRecord, bool> Lookup(SearchCriterion criterion, FieldDefinition field, Func<StoredRecord, object?> get)
    {
        var op = criterion.Operator;
        var values = (op == "in" ? InValues(criterion) : [criterion.Value]).Select(v => v.Trim()).ToArray();
        var ids = new HashSet<long>();
        var names = new List<string>();
        foreach (var value in values)
        {
            if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
            else if (SearchText.Loose(value) is { Length: > 0 } loose)
            {
                names.Add(loose);
            }
            else
            {
                throw SearchErrors.InvalidValue(field.ApiName, op, value);
            }
        }

        var isUser = field.DataType is FieldDataType.OwnerLookup or FieldDataType.UserLookup;
        var target = field.LookupModule is null ? null : schema.FindModule(field.LookupModule);
        bool Matches(long id)
        {
            if (ids.Contains(id))
            {
                return true;
            }

            if (names.Count == 0)
            {
                return false;
            }

            IEnumerable<string?> texts = isUser
                ? schema.FindUser(id) is { } user ? [user.FullName, user.Email] : []
                : target is not null && records.Find(target.ApiName, id) is { } record ? [record[target.DisplayField] as string] : [];
            return texts.Any(t => t is not null && names.Any(n => SearchText.LooseContains(t, n)));
        }

        return op == "not_equal"
            ? r => get(r) is not long id || !Matches(id)
            : r => get(r) is long id && Matches(id);
    }
}
