namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>
/// Recursive-descent parser of COQL (api.md §3.1). It enforces the grammar only; names, types and limits are
/// checked when the query is bound to the schema. Every failure is a <see cref="Errors.ZohoApiException"/>.
/// </summary>
internal sealed class CoqlParser
{
    /// <summary>Nesting deeper than this cannot be a real query and would only risk the stack.</summary>
    private const int MaxNesting = 64;

    private readonly List<CoqlToken> _tokens;
    private readonly bool _strict;
    private int _position;
    private int _depth;

    private CoqlParser(string text, bool strict)
    {
        _tokens = CoqlTokenizer.Tokenize(text);
        _strict = strict;
    }

    /// <param name="text">The select_query text.</param>
    /// <param name="strict">Requires WHERE and the binary parenthesisation; lenient mode accepts either missing.</param>
    public static CoqlQuery Parse(string text, bool strict)
    {
        var parser = new CoqlParser(text, strict);
        var first = parser.Current;
        if (!first.IsKeyword("select"))
        {
            throw CoqlErrors.NotSupported();
        }

        var query = parser.ParseQuery(isSubquery: false);
        if (parser.Current.Kind != CoqlTokenKind.End)
        {
            throw CoqlErrors.UnexpectedToken(parser.Current);
        }

        return query;
    }

    private CoqlToken Current => _tokens[_position];

    private CoqlToken Next()
    {
        var token = _tokens[_position];
        if (_position < _tokens.Count - 1)
        {
            _position++;
        }

        return token;
    }

    private CoqlToken Peek(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private CoqlQuery ParseQuery(bool isSubquery)
    {
        Expect("select");
        var select = new List<CoqlSelectItem> { ParseSelectItem() };
        while (Current.Kind == CoqlTokenKind.Comma)
        {
            Next();
            select.Add(ParseSelectItem());
        }

        Expect("from");
        var module = Next();
        if (module.Kind != CoqlTokenKind.Word || module.Text.Contains('.'))
        {
            throw Unexpected(module);
        }

        string? customView = null;
        if (Current.Kind == CoqlTokenKind.Unknown && Current.Text == "#")
        {
            Next();
            var cvid = Next();
            if (cvid.Kind != CoqlTokenKind.Number)
            {
                throw Unexpected(cvid);
            }

            customView = cvid.Text;
        }

        CoqlCondition? where = null;
        if (Current.IsKeyword("where"))
        {
            Next();
            where = ParseCondition();
        }
        else if (_strict)
        {
            throw CoqlErrors.MissingWhere();
        }

        var groupBy = new List<CoqlColumnRef>();
        if (Current.IsKeyword("group"))
        {
            Next();
            Expect("by");
            groupBy.Add(ParseColumn());
            while (Current.Kind == CoqlTokenKind.Comma)
            {
                Next();
                groupBy.Add(ParseColumn());
            }
        }

        var orderBy = new List<CoqlOrderItem>();
        if (Current.IsKeyword("order"))
        {
            Next();
            Expect("by");
            orderBy.Add(ParseOrderItem());
            while (Current.Kind == CoqlTokenKind.Comma)
            {
                Next();
                orderBy.Add(ParseOrderItem());
            }
        }

        CoqlToken? limit = null;
        CoqlToken? offset = null;
        if (Current.IsKeyword("limit"))
        {
            Next();
            limit = ParseLimitValue();
            if (Current.IsKeyword("offset"))
            {
                Next();
                offset = ParseLimitValue();
            }
            else if (Current.Kind == CoqlTokenKind.Comma)
            {
                // MySQL form LIMIT offset, count.
                Next();
                offset = limit;
                limit = ParseLimitValue();
            }
        }

        if (isSubquery && Current.Kind != CoqlTokenKind.RightParen)
        {
            throw Unexpected(Current);
        }

        return new CoqlQuery(select, module, customView, where, groupBy, orderBy, limit, offset);
    }

    private CoqlToken ParseLimitValue()
    {
        var token = Next();
        return token.Kind is CoqlTokenKind.Number or CoqlTokenKind.Word or CoqlTokenKind.SingleQuoted or CoqlTokenKind.DoubleQuoted
            ? token
            : throw Unexpected(token);
    }

    private CoqlSelectItem ParseSelectItem()
    {
        CoqlSelectItem item;
        if (Current.Kind == CoqlTokenKind.Word && Peek(1).Kind == CoqlTokenKind.LeftParen)
        {
            var function = Next();
            Next();
            CoqlColumnRef column;
            if (Current.Kind == CoqlTokenKind.Star)
            {
                var star = Next();
                column = new CoqlColumnRef("*", star);
            }
            else
            {
                column = ParseColumn();
            }

            ExpectKind(CoqlTokenKind.RightParen);
            item = new CoqlSelectItem(column, function.Text, $"{function.Text}({column.Path})", null);
        }
        else
        {
            var column = ParseColumn();
            item = new CoqlSelectItem(column, null, column.Path, null);
        }

        if (Current.IsKeyword("as"))
        {
            Next();
            var alias = Next();
            if (alias.Kind is not (CoqlTokenKind.Word or CoqlTokenKind.SingleQuoted or CoqlTokenKind.DoubleQuoted))
            {
                throw Unexpected(alias);
            }

            item = item with { Alias = alias.Text };
        }

        return item;
    }

    private CoqlColumnRef ParseColumn()
    {
        var token = Next();
        if (token.Kind is CoqlTokenKind.Word or CoqlTokenKind.SingleQuoted or CoqlTokenKind.DoubleQuoted)
        {
            if (token.Kind == CoqlTokenKind.Word && IsReserved(token.Text))
            {
                throw Unexpected(token);
            }

            return new CoqlColumnRef(token.Text, token);
        }

        throw Unexpected(token);
    }

    private CoqlOrderItem ParseOrderItem()
    {
        // ORDER BY may name an aggregate by its text: order by COUNT(Annual_Revenue) desc.
        CoqlColumnRef column;
        if (Current.Kind == CoqlTokenKind.Word && Peek(1).Kind == CoqlTokenKind.LeftParen)
        {
            var function = Next();
            Next();
            var argument = Current.Kind == CoqlTokenKind.Star ? new CoqlColumnRef("*", Next()) : ParseColumn();
            ExpectKind(CoqlTokenKind.RightParen);
            column = new CoqlColumnRef($"{function.Text}({argument.Path})", function);
        }
        else
        {
            column = ParseColumn();
        }

        var descending = false;
        if (Current.IsKeyword("asc"))
        {
            Next();
        }
        else if (Current.IsKeyword("desc"))
        {
            Next();
            descending = true;
        }

        return new CoqlOrderItem(column, descending);
    }

    /// <summary>
    /// A chain of operands joined by AND/OR. Zoho accepts at most two operands per chain: grouping must be explicit
    /// and binary. Lenient mode accepts longer chains with AND binding tighter than OR.
    /// </summary>
    private CoqlCondition ParseCondition()
    {
        if (++_depth > MaxNesting)
        {
            throw CoqlErrors.ParsingFailed(Current.Text);
        }

        var operands = new List<CoqlCondition> { ParseOperand() };
        var connectives = new List<bool>();
        while (Current.IsKeyword("and") || Current.IsKeyword("or"))
        {
            var connective = Next();
            if (_strict && operands.Count == 2)
            {
                throw CoqlErrors.AmbiguousConditions(connective);
            }

            connectives.Add(connective.IsKeyword("and"));
            operands.Add(ParseOperand());
        }

        _depth--;
        return Combine(operands, connectives);
    }

    private static CoqlCondition Combine(List<CoqlCondition> operands, List<bool> isAnd)
    {
        // AND binds tighter than OR: fold AND runs first, then OR them together.
        var terms = new List<CoqlCondition> { operands[0] };
        for (var i = 0; i < isAnd.Count; i++)
        {
            if (isAnd[i])
            {
                terms[^1] = new CoqlLogical(true, terms[^1], operands[i + 1]);
            }
            else
            {
                terms.Add(operands[i + 1]);
            }
        }

        var result = terms[0];
        for (var i = 1; i < terms.Count; i++)
        {
            result = new CoqlLogical(false, result, terms[i]);
        }

        return result;
    }

    private CoqlCondition ParseOperand()
    {
        if (Current.Kind == CoqlTokenKind.LeftParen)
        {
            Next();
            var inner = ParseCondition();
            ExpectKind(CoqlTokenKind.RightParen);
            return inner;
        }

        if (Current.IsKeyword("not"))
        {
            throw CoqlErrors.OperatorNotSupported("not");
        }

        return ParsePredicate();
    }

    private CoqlPredicate ParsePredicate()
    {
        var column = ParseColumn();
        var token = Next();
        if (token.Kind == CoqlTokenKind.Operator)
        {
            var op = token.Text switch
            {
                "=" => CoqlOperator.Equal,
                "!=" => CoqlOperator.NotEqual,
                ">" => CoqlOperator.GreaterThan,
                ">=" => CoqlOperator.GreaterOrEqual,
                "<" => CoqlOperator.LessThan,
                "<=" => CoqlOperator.LessOrEqual,
                _ => throw CoqlErrors.OperatorNotSupported(token.Text),
            };
            if (op is CoqlOperator.Equal or CoqlOperator.NotEqual && Current.Kind == CoqlTokenKind.LeftParen && Peek(1).IsKeyword("select"))
            {
                return new CoqlPredicate(column, op, token.Text, [], ParseSubquery());
            }

            return new CoqlPredicate(column, op, token.Text, [ParseValue()], null);
        }

        var negated = false;
        if (token.IsKeyword("not"))
        {
            negated = true;
            token = Next();
            if (!(token.IsKeyword("in") || token.IsKeyword("like") || token.IsKeyword("between")))
            {
                throw CoqlErrors.OperatorNotSupported("not");
            }
        }

        if (token.IsKeyword("in"))
        {
            var op = negated ? CoqlOperator.NotIn : CoqlOperator.In;
            var text = negated ? "not in" : "in";
            if (Current.Kind == CoqlTokenKind.LeftParen && Peek(1).IsKeyword("select"))
            {
                return new CoqlPredicate(column, op, text, [], ParseSubquery());
            }

            ExpectKind(CoqlTokenKind.LeftParen);
            var values = new List<CoqlToken> { ParseValue() };
            while (Current.Kind == CoqlTokenKind.Comma)
            {
                Next();
                values.Add(ParseValue());
            }

            ExpectKind(CoqlTokenKind.RightParen);
            return new CoqlPredicate(column, op, text, values, null);
        }

        if (token.IsKeyword("like"))
        {
            return new CoqlPredicate(column, negated ? CoqlOperator.NotLike : CoqlOperator.Like, negated ? "not like" : "like", [ParseValue()], null);
        }

        if (token.IsKeyword("between"))
        {
            var low = ParseValue();
            Expect("and");
            var high = ParseValue();
            return new CoqlPredicate(column, negated ? CoqlOperator.NotBetween : CoqlOperator.Between,
                negated ? "not between" : "between", [low, high], null);
        }

        if (token.IsKeyword("is"))
        {
            var not = Current.IsKeyword("not");
            if (not)
            {
                Next();
            }

            Expect("null");
            return new CoqlPredicate(column, not ? CoqlOperator.IsNotNull : CoqlOperator.IsNull, not ? "is not null" : "is null", [], null);
        }

        throw Unexpected(token);
    }

    private CoqlQuery ParseSubquery()
    {
        if (++_depth > MaxNesting)
        {
            throw CoqlErrors.ParsingFailed(Current.Text);
        }

        ExpectKind(CoqlTokenKind.LeftParen);
        var query = ParseQuery(isSubquery: true);
        ExpectKind(CoqlTokenKind.RightParen);
        _depth--;
        return query;
    }

    private CoqlToken ParseValue()
    {
        var token = Next();
        return token.Kind is CoqlTokenKind.SingleQuoted or CoqlTokenKind.DoubleQuoted or CoqlTokenKind.Number
            || (token.Kind == CoqlTokenKind.Word && !IsReserved(token.Text))
            ? token
            : throw Unexpected(token);
    }

    private void Expect(string keyword)
    {
        var token = Next();
        if (!token.IsKeyword(keyword))
        {
            throw Unexpected(token);
        }
    }

    private void ExpectKind(CoqlTokenKind kind)
    {
        var token = Next();
        if (token.Kind != kind)
        {
            throw Unexpected(token);
        }
    }

    /// <summary>Running out of text is "error occured while parsing"; anything else names the token.</summary>
    private Errors.ZohoApiException Unexpected(CoqlToken token) =>
        token.Kind == CoqlTokenKind.End
            ? CoqlErrors.ParsingFailed(_tokens.Count >= 2 ? _tokens[^2].Text : "")
            : CoqlErrors.UnexpectedToken(token);

    private static bool IsReserved(string word) => Reserved.Contains(word);

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "select", "from", "where", "and", "or", "not", "in", "like", "between", "is", "null", "group", "order", "by",
        "limit", "offset", "as", "asc", "desc",
    };
}
