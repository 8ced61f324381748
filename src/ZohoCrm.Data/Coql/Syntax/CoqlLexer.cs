using System.Text;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql.Syntax;

/// <summary>
/// Splits dialect text into tokens. Strings are single-quoted with <c>''</c> for a quote (a backslash is an ordinary
/// character); identifiers may be delimited with double quotes, back-quotes or brackets to use reserved words.
/// </summary>
internal static class CoqlLexer
{
    public static List<CoqlToken> Tokenize(string text)
    {
        var tokens = new List<CoqlToken>();
        var i = 0;
        while (true)
        {
            i = SkipTrivia(text, i);
            if (i >= text.Length)
            {
                tokens.Add(new CoqlToken(CoqlTokenKind.End, "", text.Length));
                return tokens;
            }

            var start = i;
            var c = text[i];
            switch (c)
            {
                case ',': tokens.Add(new(CoqlTokenKind.Comma, ",", i++)); continue;
                case '.': tokens.Add(new(CoqlTokenKind.Dot, ".", i++)); continue;
                case '(': tokens.Add(new(CoqlTokenKind.LeftParen, "(", i++)); continue;
                case ')': tokens.Add(new(CoqlTokenKind.RightParen, ")", i++)); continue;
                case '*': tokens.Add(new(CoqlTokenKind.Star, "*", i++)); continue;
                case ';': tokens.Add(new(CoqlTokenKind.Semicolon, ";", i++)); continue;
                case '=':
                    i += i + 1 < text.Length && text[i + 1] == '=' ? 2 : 1;
                    tokens.Add(new(CoqlTokenKind.Equal, "=", start));
                    continue;
                case '!' when i + 1 < text.Length && text[i + 1] == '=':
                    tokens.Add(new(CoqlTokenKind.NotEqual, "!=", start)); i += 2; continue;
                case '<':
                    if (i + 1 < text.Length && text[i + 1] == '=') { tokens.Add(new(CoqlTokenKind.LessOrEqual, "<=", start)); i += 2; }
                    else if (i + 1 < text.Length && text[i + 1] == '>') { tokens.Add(new(CoqlTokenKind.NotEqual, "<>", start)); i += 2; }
                    else { tokens.Add(new(CoqlTokenKind.Less, "<", start)); i++; }
                    continue;
                case '>':
                    if (i + 1 < text.Length && text[i + 1] == '=') { tokens.Add(new(CoqlTokenKind.GreaterOrEqual, ">=", start)); i += 2; }
                    else { tokens.Add(new(CoqlTokenKind.Greater, ">", start)); i++; }
                    continue;
                case '\'':
                    tokens.Add(new(CoqlTokenKind.String, ReadDelimited(text, ref i, '\'', '\''), start));
                    continue;
                case '"':
                    tokens.Add(new(CoqlTokenKind.QuotedIdentifier, ReadDelimited(text, ref i, '"', '"'), start));
                    continue;
                case '`':
                    tokens.Add(new(CoqlTokenKind.QuotedIdentifier, ReadDelimited(text, ref i, '`', '`'), start));
                    continue;
                case '[':
                    tokens.Add(new(CoqlTokenKind.QuotedIdentifier, ReadDelimited(text, ref i, '[', ']'), start));
                    continue;
                case '@' or ':' when i + 1 < text.Length && IsIdentifierStart(text[i + 1]):
                    i++;
                    while (i < text.Length && IsIdentifierPart(text[i])) i++;
                    tokens.Add(new(CoqlTokenKind.Parameter, text[(start + 1)..i], start));
                    continue;
            }

            if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.')))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                }

                if (i < text.Length && IsIdentifierPart(text[i]))
                    throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlInvalidNumber(text[start..(i + 1)], start), start);
                tokens.Add(new(CoqlTokenKind.Number, text[start..i], start));
                continue;
            }

            if (IsIdentifierStart(c))
            {
                while (i < text.Length && IsIdentifierPart(text[i])) i++;
                tokens.Add(new(CoqlTokenKind.Identifier, text[start..i], start));
                continue;
            }

            if (c is '+' or '-' or '/' or '%' or '|')
                throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlArithmeticNotSupported(c, start), start);
            throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlUnexpectedCharacter(c, start), start);
        }
    }

    private static int SkipTrivia(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) i++;
            else if (text[i] == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                while (i < text.Length && text[i] != '\n') i++;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlUnterminatedComment(i), i);
                i = end + 2;
            }
            else break;
        }

        return i;
    }

    private static string ReadDelimited(string text, ref int i, char open, char close)
    {
        var start = i;
        i++;
        var value = new StringBuilder();
        while (i < text.Length)
        {
            if (text[i] == close)
            {
                if (i + 1 < text.Length && text[i + 1] == close && open == close)
                {
                    value.Append(close);
                    i += 2;
                    continue;
                }

                i++;
                return value.ToString();
            }

            value.Append(text[i++]);
        }

        throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlUnterminated(open, start), start);
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';
}
