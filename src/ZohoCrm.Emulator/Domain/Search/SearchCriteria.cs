using System.Text;

namespace ZohoCrm.Emulator.Domain.Search;

internal abstract record SearchCondition;

internal sealed record SearchLogical(bool IsAnd, SearchCondition Left, SearchCondition Right) : SearchCondition;

/// <summary><c>(Field:operator:value)</c>; <see cref="RawValue"/> still holds its escapes so lists split correctly.</summary>
internal sealed record SearchCriterion(string Field, string Operator, string RawValue) : SearchCondition
{
    /// <summary>The value with <c>\(</c>, <c>\)</c>, <c>\,</c> and <c>\\</c> unescaped.</summary>
    public string Value => SearchCriteriaParser.Unescape(RawValue);

    /// <summary>The comma-separated values of <c>in</c> and <c>between</c>; escaped commas stay inside a value.</summary>
    public IReadOnlyList<string> Values => SearchCriteriaParser.SplitValues(RawValue);
}

/// <summary>
/// Parses Search criteria: <c>(Field:op:value)</c> terms joined by <c>and</c>/<c>or</c>, grouped with parentheses;
/// spaces around connectives are tolerated. Values escape <c>( ) ,</c> and <c>\</c> with a backslash.
/// </summary>
internal sealed class SearchCriteriaParser
{
    private const int MaxNesting = 64;
    private readonly string _text;
    private int _position;
    private int _depth;

    private SearchCriteriaParser(string text) => _text = text;

    public static SearchCondition Parse(string text)
    {
        var parser = new SearchCriteriaParser(text);
        var condition = parser.ParseExpression();
        parser.SkipSpaces();
        if (parser._position != text.Length)
        {
            throw SearchErrors.InvalidQuery($"unexpected '{text[parser._position]}' at position {parser._position + 1} of the criteria");
        }

        return condition;
    }

    public static int CountCriteria(SearchCondition condition) => condition switch
    {
        SearchLogical logical => CountCriteria(logical.Left) + CountCriteria(logical.Right),
        _ => 1,
    };

    private SearchCondition ParseExpression()
    {
        if (++_depth > MaxNesting)
        {
            throw SearchErrors.InvalidQuery("the criteria is nested too deeply");
        }

        var operands = new List<SearchCondition> { ParseTerm() };
        var connectives = new List<bool>();
        while (TryConnective(out var isAnd))
        {
            connectives.Add(isAnd);
            operands.Add(ParseTerm());
        }

        _depth--;

        // AND binds tighter than OR when a chain mixes them.
        var terms = new List<SearchCondition> { operands[0] };
        for (var i = 0; i < connectives.Count; i++)
        {
            if (connectives[i])
            {
                terms[^1] = new SearchLogical(true, terms[^1], operands[i + 1]);
            }
            else
            {
                terms.Add(operands[i + 1]);
            }
        }

        return terms.Skip(1).Aggregate(terms[0], (left, right) => new SearchLogical(false, left, right));
    }

    private bool TryConnective(out bool isAnd)
    {
        var saved = _position;
        SkipSpaces();
        foreach (var word in new[] { "and", "or" })
        {
            if (string.Compare(_text, _position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var after = _position + word.Length;
                var next = after < _text.Length ? _text[after] : '\0';
                if (next == '(' || char.IsWhiteSpace(next))
                {
                    _position = after;
                    isAnd = word == "and";
                    return true;
                }
            }
        }

        _position = saved;
        isAnd = false;
        return false;
    }

    private SearchCondition ParseTerm()
    {
        SkipSpaces();
        Expect('(');
        SkipSpaces();
        if (Peek() == '(')
        {
            var inner = ParseExpression();
            SkipSpaces();
            Expect(')');
            return inner;
        }

        var field = ReadUntil(':', "a field name");
        Expect(':');
        var op = ReadUntil(':', "an operator");
        Expect(':');
        var value = ReadValue();
        Expect(')');
        if (field.Length == 0 || !field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '$'))
        {
            throw SearchErrors.InvalidQuery($"'{field}' is not a field name; write each criterion as (Field:operator:value)");
        }

        return new SearchCriterion(field, op.ToLowerInvariant(), value);
    }

    private string ReadUntil(char stop, string what)
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] != stop && _text[_position] is not ('(' or ')'))
        {
            _position++;
        }

        if (_position >= _text.Length || _text[_position] != stop)
        {
            throw SearchErrors.InvalidQuery($"expected {what} followed by ':'; write each criterion as (Field:operator:value)");
        }

        return _text[start.._position].Trim();
    }

    /// <summary>Reads up to the unescaped ')' that closes the criterion, keeping escapes for <see cref="SplitValues"/>.</summary>
    private string ReadValue()
    {
        var start = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\\' && _position + 1 < _text.Length)
            {
                _position += 2;
                continue;
            }

            if (c == ')')
            {
                return _text[start.._position];
            }

            if (c == '(')
            {
                throw SearchErrors.InvalidQuery($"unescaped '(' at position {_position + 1}; escape parentheses in values as \\( and \\)");
            }

            _position++;
        }

        throw SearchErrors.InvalidQuery("a criterion is not closed with ')'");
    }

    public static string Unescape(string raw)
    {
        if (!raw.Contains('\\'))
        {
            return raw;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length && raw[i + 1] is '(' or ')' or ',' or '\\')
            {
                i++;
            }

            builder.Append(raw[i]);
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string> SplitValues(string raw)
    {
        var values = new List<string>();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i++;
                continue;
            }

            if (raw[i] == ',')
            {
                values.Add(Unescape(raw[start..i]));
                start = i + 1;
            }
        }

        values.Add(Unescape(raw[start..]));
        return values;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw SearchErrors.InvalidQuery(_position < _text.Length
                ? $"expected '{c}' at position {_position + 1} but found '{_text[_position]}'"
                : $"expected '{c}' at the end of the criteria");
        }

        _position++;
    }
}
