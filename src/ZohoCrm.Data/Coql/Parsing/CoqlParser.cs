using System.Globalization;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql.Parsing;

/// <summary>
/// Recursive-descent parser of the dialect: <c>SELECT … FROM Module [WHERE …] [GROUP BY …] [ORDER BY …]
/// [LIMIT n [OFFSET m] | LIMIT m, n]</c>, with SQL precedence (NOT over AND over OR) and named parameters; and its DML:
/// <c>INSERT INTO</c>, <c>UPSERT INTO … [DUPLICATE CHECK (…)]</c>, <c>UPDATE … SET … [WHERE …]</c> and
/// <c>DELETE FROM … [WHERE …]</c>, whose conditions are the SELECT's.
/// </summary>
internal sealed class CoqlParser
{
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "select", "from", "where", "and", "or", "not", "in", "like", "between", "is", "null", "group", "order", "by",
        "limit", "offset", "asc", "desc", "as", "true", "false", "escape", "having", "join", "union", "distinct",
    };

    private readonly string _text;
    private readonly List<CoqlToken> _tokens;
    private readonly HashSet<string> _parameters = new(StringComparer.OrdinalIgnoreCase);
    private int _index;

    private CoqlParser(string text)
    {
        _text = text;
        _tokens = CoqlLexer.Tokenize(text);
    }

    /// <summary>Whether a name must be delimited to be read as a field name in the dialect (and quoted in Zoho COQL).</summary>
    public static bool IsReservedWord(string name) => ReservedWords.Contains(name);

    /// <summary>Parses a SELECT; a DML statement is an error saying to run it with ExecuteNonQuery.</summary>
    public static CoqlStatement Parse(string text) => AsSelect(ParseCommand(text));

    /// <summary>Parses a SELECT, INSERT, UPSERT, UPDATE or DELETE.</summary>
    public static CoqlCommandStatement ParseCommand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
            throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlEmptyCommand);
        var parser = new CoqlParser(text);
        var first = parser.Current;
        if (first.IsKeyword("insert") || first.IsKeyword("upsert"))
            return parser.ParseInsert();
        if (first.IsKeyword("update"))
            return parser.ParseUpdate();
        if (first.IsKeyword("delete"))
            return parser.ParseDelete();
        return parser.ParseStatement();
    }

    /// <summary>The statement as a SELECT; a DML statement returns no rows, so reading it is an error naming ExecuteNonQuery.</summary>
    public static CoqlStatement AsSelect(CoqlCommandStatement statement) => statement switch
    {
        CoqlStatement select => select,
        CoqlDmlStatement dml => throw new InvalidOperationException(ZohoCrmStrings.DmlReturnsNoRows(dml.Kind.ToString().ToUpperInvariant())),
        _ => throw new InvalidOperationException("Unknown statement " + statement.GetType().Name),
    };

    private CoqlToken Current => _tokens[_index];

    private CoqlToken Next() => _tokens[_index++];

    private CoqlStatement ParseStatement()
    {
        if (!Current.IsKeyword("select"))
            throw Error(ZohoCrmStrings.CoqlUnknownStatement(Current.ToString()));
        Next();
        if (Current.IsKeyword("distinct"))
            throw Error(ZohoCrmStrings.CoqlDistinctNotSupported);

        if (Current.IsKeyword("from"))
            throw Error(ZohoCrmStrings.CoqlEmptySelectList);

        var selectAll = false;
        var select = new List<CoqlSelectItem>();
        if (Current.Kind == CoqlTokenKind.Star)
        {
            Next();
            selectAll = true;
        }
        else
        {
            do select.Add(ParseSelectItem());
            while (TryTake(CoqlTokenKind.Comma));
        }

        ExpectKeyword("from", ZohoCrmStrings.CoqlExpectedFrom);
        var moduleToken = Current;
        var module = ParseName(ZohoCrmStrings.CoqlExpectedModule);
        if (Current.Kind == CoqlTokenKind.Comma || _tokens.Skip(_index).Any(t => t.IsKeyword("join")))
            throw Error(ZohoCrmStrings.CoqlJoinNotSupported);
        if (Current.Kind == CoqlTokenKind.Identifier && !IsReservedWord(Current.Text))
            throw Error(ZohoCrmStrings.CoqlModuleAliasNotSupported(Current.Text));

        CoqlExpression? where = null;
        if (Current.IsKeyword("where"))
        {
            Next();
            where = ParseOr();
        }

        var groupBy = new List<CoqlColumn>();
        if (Current.IsKeyword("group"))
        {
            Next();
            ExpectKeyword("by", ZohoCrmStrings.CoqlExpected("BY", "GROUP"));
            do groupBy.Add(ParseColumn());
            while (TryTake(CoqlTokenKind.Comma));
        }

        if (Current.IsKeyword("having"))
            throw Error(ZohoCrmStrings.CoqlHavingNotSupported);

        var orderBy = new List<CoqlOrderItem>();
        if (Current.IsKeyword("order"))
        {
            Next();
            ExpectKeyword("by", ZohoCrmStrings.CoqlExpected("BY", "ORDER"));
            do
            {
                var expression = ParseScalar();
                var descending = false;
                if (Current.IsKeyword("desc")) { Next(); descending = true; }
                else if (Current.IsKeyword("asc")) Next();
                orderBy.Add(new CoqlOrderItem(expression, descending));
            }
            while (TryTake(CoqlTokenKind.Comma));
        }

        CoqlExpression? limit = null, offset = null;
        if (Current.IsKeyword("limit"))
        {
            Next();
            limit = ParseCount("LIMIT");
            if (TryTake(CoqlTokenKind.Comma))
            {
                // MySQL form: LIMIT offset, count.
                offset = limit;
                limit = ParseCount("LIMIT");
            }
            else if (Current.IsKeyword("offset"))
            {
                Next();
                offset = ParseCount("OFFSET");
            }
        }
        else if (Current.IsKeyword("offset"))
        {
            Next();
            offset = ParseCount("OFFSET");
        }

        TryTake(CoqlTokenKind.Semicolon);
        if (Current.Kind != CoqlTokenKind.End)
            throw Error(Current.IsKeyword("union") ? ZohoCrmStrings.CoqlSetOperationsNotSupported : ZohoCrmStrings.CoqlUnexpectedToken(Current.ToString(), Describe(Current.Position)));

        return new CoqlStatement
        {
            Select = select,
            SelectAll = selectAll,
            Module = module,
            ModulePosition = moduleToken.Position,
            Where = where,
            GroupBy = groupBy,
            OrderBy = orderBy,
            Limit = limit,
            Offset = offset,
            ParameterNames = _parameters,
        };
    }

    // INSERT INTO Module (field, ...) VALUES (value, ...)[, (...)]...
    // UPSERT INTO Module (field, ...) VALUES (...)[, (...)]... [DUPLICATE CHECK (field, ...)]
    private CoqlInsertStatement ParseInsert()
    {
        var isUpsert = Next().IsKeyword("upsert");
        var statement = isUpsert ? "UPSERT" : "INSERT";
        ExpectKeyword("into", ZohoCrmStrings.CoqlExpected("INTO", statement));
        var moduleToken = Current;
        var module = ParseName(ZohoCrmStrings.CoqlDmlExpectedModule(statement + " INTO"));
        Expect(CoqlTokenKind.LeftParen, ZohoCrmStrings.CoqlDmlExpectedFieldList(statement, Current.ToString()));
        var fields = ParseFieldNames();
        ExpectKeyword("values", ZohoCrmStrings.CoqlExpected("VALUES", "the field list"));
        var rows = new List<IReadOnlyList<CoqlExpression>>();
        do
        {
            var rowToken = Current;
            Expect(CoqlTokenKind.LeftParen, ZohoCrmStrings.CoqlDmlExpectedRow(Current.ToString()));
            var row = new List<CoqlExpression>();
            do row.Add(ParseWrittenValue());
            while (TryTake(CoqlTokenKind.Comma));
            Expect(CoqlTokenKind.RightParen, ZohoCrmStrings.CoqlExpectedClosingParenthesis(Current.ToString()));
            if (row.Count != fields.Count)
                throw Error(ZohoCrmStrings.CoqlDmlRowLength(rows.Count + 1, row.Count, fields.Count), rowToken.Position);
            rows.Add(row);
        }
        while (TryTake(CoqlTokenKind.Comma));

        var duplicateCheck = new List<CoqlFieldName>();
        if (isUpsert && Current.IsKeyword("duplicate"))
        {
            Next();
            ExpectKeyword("check", ZohoCrmStrings.CoqlExpected("CHECK", "DUPLICATE"));
            Expect(CoqlTokenKind.LeftParen, ZohoCrmStrings.CoqlDmlExpectedFieldList("DUPLICATE CHECK", Current.ToString()));
            duplicateCheck.AddRange(ParseFieldNames());
        }

        ExpectEnd();
        return new CoqlInsertStatement
        {
            IsUpsert = isUpsert,
            Module = module,
            ModulePosition = moduleToken.Position,
            Fields = fields,
            Rows = rows,
            DuplicateCheck = duplicateCheck,
            ParameterNames = _parameters,
        };
    }

    // UPDATE Module SET field = value[, field = value]... [WHERE condition]
    private CoqlChangeStatement ParseUpdate()
    {
        Next();
        var moduleToken = Current;
        var module = ParseName(ZohoCrmStrings.CoqlDmlExpectedModule("UPDATE"));
        ExpectKeyword("set", ZohoCrmStrings.CoqlExpected("SET", "UPDATE " + module));
        var assignments = new List<CoqlAssignment>();
        do
        {
            var field = ParseFieldName();
            if (field.Name.Contains('.', StringComparison.Ordinal))
                throw Error(ZohoCrmStrings.CoqlDmlDottedField(field.Name), field.Position);
            Expect(CoqlTokenKind.Equal, ZohoCrmStrings.CoqlExpected("=", field.Name));
            assignments.Add(new CoqlAssignment(field, ParseWrittenValue()));
        }
        while (TryTake(CoqlTokenKind.Comma));

        return ParseChangeTail(module, moduleToken.Position, assignments);
    }

    // DELETE FROM Module [WHERE condition]
    private CoqlChangeStatement ParseDelete()
    {
        Next();
        ExpectKeyword("from", ZohoCrmStrings.CoqlExpected("FROM", "DELETE"));
        var moduleToken = Current;
        var module = ParseName(ZohoCrmStrings.CoqlDmlExpectedModule("DELETE FROM"));
        return ParseChangeTail(module, moduleToken.Position, assignments: null);
    }

    private CoqlChangeStatement ParseChangeTail(string module, int modulePosition, List<CoqlAssignment>? assignments)
    {
        if (Current.Kind == CoqlTokenKind.Identifier && !IsReservedWord(Current.Text) && assignments is null)
            throw Error(ZohoCrmStrings.CoqlModuleAliasNotSupported(Current.Text));

        CoqlExpression? where = null;
        var whereText = "";
        if (Current.IsKeyword("where"))
        {
            // The condition as written, up to the end of the text: the query that finds the matching ids repeats it
            // verbatim after its own WHERE, so it binds, pushes down and is refused exactly as a SELECT's would be.
            whereText = " " + _text[Current.Position..];
            Next();
            where = ParseOr();
        }

        ExpectEnd();
        return new CoqlChangeStatement
        {
            IsDelete = assignments is null,
            Module = module,
            ModulePosition = modulePosition,
            Assignments = assignments ?? [],
            Where = where,
            MatchingIdsQuery = "SELECT id FROM \"" + module.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + whereText,
            ParameterNames = _parameters,
        };
    }

    private List<CoqlFieldName> ParseFieldNames()
    {
        var fields = new List<CoqlFieldName>();
        do
        {
            var field = ParseFieldName();
            if (field.Name.Contains('.', StringComparison.Ordinal))
                throw Error(ZohoCrmStrings.CoqlDmlDottedField(field.Name), field.Position);
            if (fields.Any(f => string.Equals(f.Name, field.Name, StringComparison.OrdinalIgnoreCase)))
                throw Error(ZohoCrmStrings.CoqlDmlFieldRepeated(field.Name), field.Position);
            fields.Add(field);
        }
        while (TryTake(CoqlTokenKind.Comma));

        Expect(CoqlTokenKind.RightParen, ZohoCrmStrings.CoqlExpectedClosingParenthesis(Current.ToString()));
        return fields;
    }

    private CoqlFieldName ParseFieldName()
    {
        var column = ParseColumn();
        return new CoqlFieldName(column.Path, column.Position);
    }

    /// <summary>A value written to a field: a literal (text, number, TRUE, FALSE, NULL) or a parameter.</summary>
    private CoqlExpression ParseWrittenValue()
    {
        var token = Current;
        if (token.Kind is CoqlTokenKind.String or CoqlTokenKind.Number or CoqlTokenKind.Parameter
            || token.IsKeyword("null") || token.IsKeyword("true") || token.IsKeyword("false"))
            return ParseScalar();
        throw Error(token.Kind is CoqlTokenKind.End ? ZohoCrmStrings.CoqlUnexpectedEnd : ZohoCrmStrings.CoqlDmlExpectedValue(token.ToString()));
    }

    private void ExpectEnd()
    {
        TryTake(CoqlTokenKind.Semicolon);
        if (Current.Kind != CoqlTokenKind.End)
            throw Error(ZohoCrmStrings.CoqlUnexpectedToken(Current.ToString(), Describe(Current.Position)));
    }

    private CoqlSelectItem ParseSelectItem()
    {
        var expression = ParseScalar();
        string? alias = null;
        if (Current.IsKeyword("as"))
        {
            Next();
            if (Current.Kind is CoqlTokenKind.String or CoqlTokenKind.QuotedIdentifier or CoqlTokenKind.Identifier)
                alias = Next().Text;
            else
                throw Error(ZohoCrmStrings.CoqlExpectedAlias(Current.ToString()));
            if (alias.Length == 0)
                throw Error(ZohoCrmStrings.CoqlEmptyAlias, _tokens[_index - 1].Position);
        }
        else if (Current.Kind == CoqlTokenKind.QuotedIdentifier || (Current.Kind == CoqlTokenKind.Identifier && !IsReservedWord(Current.Text)))
        {
            alias = Next().Text;
        }

        return new CoqlSelectItem(expression, alias);
    }

    private CoqlExpression ParseCount(string clause)
    {
        var token = Current;
        if (token.Kind == CoqlTokenKind.Parameter)
        {
            Next();
            _parameters.Add(token.Text);
            return new CoqlParameter(token.Text) { Position = token.Position };
        }

        if (token.Kind == CoqlTokenKind.Number && long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Next();
            return new CoqlLiteral(value) { Position = token.Position };
        }

        throw Error(ZohoCrmStrings.CoqlExpectedCount(clause, token.ToString()));
    }

    // condition := and {OR and}
    private CoqlExpression ParseOr()
    {
        var position = Current.Position;
        var operands = new List<CoqlExpression> { ParseAnd() };
        while (Current.IsKeyword("or"))
        {
            Next();
            operands.Add(ParseAnd());
        }

        return operands.Count == 1 ? operands[0] : new CoqlOr(operands) { Position = position };
    }

    private CoqlExpression ParseAnd()
    {
        var position = Current.Position;
        var operands = new List<CoqlExpression> { ParseNot() };
        while (Current.IsKeyword("and"))
        {
            Next();
            operands.Add(ParseNot());
        }

        return operands.Count == 1 ? operands[0] : new CoqlAnd(operands) { Position = position };
    }

    private CoqlExpression ParseNot()
    {
        if (Current.IsKeyword("not"))
        {
            var position = Next().Position;
            return new CoqlNot(ParseNot()) { Position = position };
        }

        if (Current.Kind == CoqlTokenKind.LeftParen)
        {
            Next();
            var inner = ParseOr();
            Expect(CoqlTokenKind.RightParen, ZohoCrmStrings.CoqlExpectedClosingParenthesis(Current.ToString()));
            return inner;
        }

        return ParsePredicate();
    }

    private CoqlExpression ParsePredicate()
    {
        var position = Current.Position;
        var left = ParseScalar();
        var op = Current.Kind switch
        {
            CoqlTokenKind.Equal => CoqlComparisonOperator.Equal,
            CoqlTokenKind.NotEqual => CoqlComparisonOperator.NotEqual,
            CoqlTokenKind.Less => CoqlComparisonOperator.Less,
            CoqlTokenKind.LessOrEqual => CoqlComparisonOperator.LessOrEqual,
            CoqlTokenKind.Greater => CoqlComparisonOperator.Greater,
            CoqlTokenKind.GreaterOrEqual => (CoqlComparisonOperator?)CoqlComparisonOperator.GreaterOrEqual,
            _ => null,
        };
        if (op is not null)
        {
            Next();
            return new CoqlComparison(left, op.Value, ParseScalar()) { Position = position };
        }

        if (Current.IsKeyword("is"))
        {
            Next();
            var negated = TakeKeyword("not");
            ExpectKeyword("null", ZohoCrmStrings.CoqlExpectedNullAfterIs(Current.ToString()));
            return new CoqlIsNull(left, negated) { Position = position };
        }

        var not = TakeKeyword("not");
        if (Current.IsKeyword("in"))
        {
            Next();
            var values = new List<CoqlExpression>();
            if (Current.Kind == CoqlTokenKind.Parameter)
            {
                values.Add(ParseScalar());
            }
            else
            {
                Expect(CoqlTokenKind.LeftParen, ZohoCrmStrings.CoqlExpectedInList(Current.ToString()));
                if (Current.IsKeyword("select"))
                    throw Error(ZohoCrmStrings.CoqlSubqueryNotSupported);
                do values.Add(ParseScalar());
                while (TryTake(CoqlTokenKind.Comma));
                Expect(CoqlTokenKind.RightParen, ZohoCrmStrings.CoqlExpectedClosingParenthesis(Current.ToString()));
            }

            return new CoqlIn(left, values, not) { Position = position };
        }

        if (Current.IsKeyword("between"))
        {
            Next();
            var low = ParseScalar();
            ExpectKeyword("and", ZohoCrmStrings.CoqlExpected("AND", "BETWEEN low"));
            var high = ParseScalar();
            return new CoqlBetween(left, low, high, not) { Position = position };
        }

        if (Current.IsKeyword("like"))
        {
            Next();
            var pattern = ParseScalar();
            CoqlExpression? escape = null;
            if (TakeKeyword("escape"))
                escape = ParseScalar();
            return new CoqlLike(left, pattern, escape, not) { Position = position };
        }

        if (not)
            throw Error(ZohoCrmStrings.CoqlExpectedAfterNot(Current.ToString()));

        // A bare boolean operand (WHERE Email_Opt_Out, WHERE TRUE) is a predicate of its own.
        if (left is CoqlColumn or CoqlParameter)
            return new CoqlComparison(left, CoqlComparisonOperator.Equal, CoqlLiteral.True with { Position = position }) { Position = position };
        if (left is CoqlLiteral { Value: bool })
            return left;

        throw Error(ZohoCrmStrings.CoqlExpectedOperator(Current.ToString(), Describe(Current.Position)));
    }

    private CoqlExpression ParseScalar()
    {
        var token = Current;
        switch (token.Kind)
        {
            case CoqlTokenKind.String:
                Next();
                return new CoqlLiteral(token.Text) { Position = token.Position };
            case CoqlTokenKind.Number:
                Next();
                return new CoqlLiteral(ParseNumber(token)) { Position = token.Position };
            case CoqlTokenKind.Parameter:
                Next();
                _parameters.Add(token.Text);
                return new CoqlParameter(token.Text) { Position = token.Position };
            case CoqlTokenKind.Identifier when token.IsKeyword("null"):
                Next();
                return new CoqlLiteral(null) { Position = token.Position };
            case CoqlTokenKind.Identifier when token.IsKeyword("true") || token.IsKeyword("false"):
                Next();
                return new CoqlLiteral(token.IsKeyword("true")) { Position = token.Position };
            case CoqlTokenKind.Identifier when _tokens[_index + 1].Kind == CoqlTokenKind.LeftParen:
                return ParseCall();
            case CoqlTokenKind.Identifier or CoqlTokenKind.QuotedIdentifier:
                return ParseColumn();
            case CoqlTokenKind.LeftParen:
                throw Error(ZohoCrmStrings.CoqlExpectedValue(token.ToString()));
            default:
                throw Error(token.Kind is CoqlTokenKind.End
                    ? ZohoCrmStrings.CoqlUnexpectedEnd
                    : ZohoCrmStrings.CoqlExpectedValue(token.ToString()));
        }
    }

    private CoqlExpression ParseCall()
    {
        var nameToken = Next();
        Next(); // (
        var aggregate = nameToken.Text.ToUpperInvariant() switch
        {
            "COUNT" => CoqlAggregateFunction.Count,
            "SUM" => CoqlAggregateFunction.Sum,
            "MIN" => CoqlAggregateFunction.Min,
            "MAX" => CoqlAggregateFunction.Max,
            "AVG" => (CoqlAggregateFunction?)CoqlAggregateFunction.Avg,
            _ => null,
        };
        if (aggregate is not null)
        {
            if (Current.IsKeyword("distinct"))
                throw Error(ZohoCrmStrings.CoqlDistinctNotSupported);
            CoqlColumn? argument = null;
            if (aggregate == CoqlAggregateFunction.Count && Current.Kind == CoqlTokenKind.Star)
                Next();
            else
                argument = ParseColumn();
            Expect(CoqlTokenKind.RightParen, ZohoCrmStrings.CoqlExpectedClosingParenthesis(Current.ToString()));
            return new CoqlAggregate(aggregate.Value, argument) { Position = nameToken.Position };
        }

        var arguments = new List<CoqlExpression>();
        if (Current.Kind != CoqlTokenKind.RightParen)
        {
            do arguments.Add(ParseScalar());
            while (TryTake(CoqlTokenKind.Comma));
        }

        Expect(CoqlTokenKind.RightParen, ZohoCrmStrings.CoqlExpectedClosingParenthesis(Current.ToString()));
        return new CoqlFunctionCall(nameToken.Text.ToUpperInvariant(), arguments) { Position = nameToken.Position };
    }

    private CoqlColumn ParseColumn()
    {
        var position = Current.Position;
        var path = ParseName(ZohoCrmStrings.CoqlExpectedColumn(Current.ToString()));
        while (Current.Kind == CoqlTokenKind.Dot)
        {
            Next();
            path += "." + ParseName(ZohoCrmStrings.CoqlExpectedColumn(Current.ToString()));
        }

        return new CoqlColumn(path) { Position = position };
    }

    private string ParseName(string error)
    {
        var token = Current;
        if (token.Kind == CoqlTokenKind.QuotedIdentifier && token.Text.Length > 0)
        {
            Next();
            return token.Text;
        }

        if (token.Kind == CoqlTokenKind.Identifier)
        {
            if (IsReservedWord(token.Text))
                throw Error(ZohoCrmStrings.CoqlReservedWordAsName(token.Text));
            Next();
            return token.Text;
        }

        throw Error(error);
    }

    private static object ParseNumber(CoqlToken token)
    {
        if (!token.Text.Contains('.', StringComparison.Ordinal) && long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return integer;
        if (decimal.TryParse(token.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return number;
        throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlInvalidNumber(token.Text, token.Position), token.Position);
    }

    private bool TryTake(CoqlTokenKind kind)
    {
        if (Current.Kind != kind) return false;
        _index++;
        return true;
    }

    private bool TakeKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword)) return false;
        _index++;
        return true;
    }

    private void Expect(CoqlTokenKind kind, string error)
    {
        if (!TryTake(kind)) throw Error(error);
    }

    private void ExpectKeyword(string keyword, string error)
    {
        if (!TakeKeyword(keyword)) throw Error(error);
    }

    private string Describe(int position)
    {
        var (line, column) = LineAndColumn(position);
        return ZohoCrmStrings.CoqlPosition(line, column);
    }

    private (int Line, int Column) LineAndColumn(int position)
    {
        int line = 1, column = 1;
        for (var i = 0; i < position && i < _text.Length; i++)
        {
            if (_text[i] == '\n') { line++; column = 1; }
            else column++;
        }

        return (line, column);
    }

    private ZohoCrmQueryException Error(string message, int? position = null)
    {
        var at = position ?? Current.Position;
        return new ZohoCrmQueryException(message + " (" + Describe(at) + ")", at);
    }
}
