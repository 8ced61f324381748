using System.Text;

namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>Splits COQL text into tokens. It never throws for odd characters: the parser turns them into SYNTAX_ERROR.</summary>
internal static class CoqlTokenizer
{
    public static List<CoqlToken> Tokenize(string text)
    {
        var tokens = new List<CoqlToken>();
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            var column = i - lineStart + 1;
            CoqlToken Token(CoqlTokenKind kind, string tokenText) => new(kind, tokenText, line, column, start);

            if (c is '\'' or '"')
            {
                var (value, end, closed) = ReadQuoted(text, i, c);
                if (!closed)
                {
                    // An unterminated string: hand the parser a token it cannot accept, named by what was typed.
                    tokens.Add(Token(CoqlTokenKind.Unknown, text[start..Math.Min(text.Length, start + 20)]));
                    break;
                }

                tokens.Add(Token(c == '\'' ? CoqlTokenKind.SingleQuoted : CoqlTokenKind.DoubleQuoted, value));
                i = end;
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && PrecedesValue(tokens)))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                // 12abc is not a number: keep the run together so the parser names it.
                var kind = CoqlTokenKind.Number;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    kind = CoqlTokenKind.Word;
                    i++;
                }

                tokens.Add(Token(kind, text[start..i]));
            }
            else if (IsWordStart(c) || (c == '!' && i + 1 < text.Length && IsWordStart(text[i + 1])))
            {
                i++;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                tokens.Add(Token(CoqlTokenKind.Word, text[start..i]));
            }
            else
            {
                switch (c)
                {
                    case '(':
                        tokens.Add(Token(CoqlTokenKind.LeftParen, "("));
                        i++;
                        break;
                    case ')':
                        tokens.Add(Token(CoqlTokenKind.RightParen, ")"));
                        i++;
                        break;
                    case ',':
                        tokens.Add(Token(CoqlTokenKind.Comma, ","));
                        i++;
                        break;
                    case '*':
                        tokens.Add(Token(CoqlTokenKind.Star, "*"));
                        i++;
                        break;
                    case '=':
                        tokens.Add(Token(CoqlTokenKind.Operator, "="));
                        i++;
                        break;
                    case '!' or '<' or '>':
                        var two = i + 1 < text.Length && text[i + 1] == '=';
                        var op = two ? text.Substring(i, 2) : c.ToString();
                        tokens.Add(Token(op == "!" ? CoqlTokenKind.Unknown : CoqlTokenKind.Operator, op));
                        i += op.Length;
                        break;
                    default:
                        tokens.Add(Token(CoqlTokenKind.Unknown, c.ToString()));
                        i++;
                        break;
                }
            }
        }

        tokens.Add(new CoqlToken(CoqlTokenKind.End, "", line, text.Length - lineStart + 1, text.Length));
        return tokens;
    }

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$';

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '.';

    /// <summary>A minus sign starts a negative number only where a value may follow (after an operator, comma or paren).</summary>
    private static bool PrecedesValue(List<CoqlToken> tokens) =>
        tokens.Count == 0 || tokens[^1].Kind is CoqlTokenKind.Operator or CoqlTokenKind.Comma or CoqlTokenKind.LeftParen
            || tokens[^1].IsKeyword("and") || tokens[^1].IsKeyword("between");

    /// <summary>Reads a quoted run where the quote character doubled stands for itself.</summary>
    private static (string Value, int End, bool Closed) ReadQuoted(string text, int start, char quote)
    {
        var builder = new StringBuilder();
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    builder.Append(quote);
                    i += 2;
                    continue;
                }

                return (builder.ToString(), i + 1, true);
            }

            builder.Append(text[i]);
            i++;
        }

        return (builder.ToString(), i, false);
    }
}
