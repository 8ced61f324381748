namespace ZohoCrm.Emulator.Domain.Coql;

internal enum CoqlTokenKind
{
    /// <summary>A bare word: keyword, field path (<c>Account_Name.Account_Name</c>) or module name.</summary>
    Word,

    /// <summary><c>'...'</c> with <c>''</c> for a quote; a value, a quoted column or a quoted alias.</summary>
    SingleQuoted,

    /// <summary><c>"..."</c>: a value or a quoted column.</summary>
    DoubleQuoted,
    Number,
    LeftParen,
    RightParen,
    Comma,
    Star,

    /// <summary><c>= != &gt; &lt; &gt;= &lt;=</c></summary>
    Operator,

    /// <summary>Any other character; the parser reports it as an unexpected token.</summary>
    Unknown,
    End,
}

/// <summary>One token with its 1-based line and column, which SYNTAX_ERROR details report.</summary>
internal readonly record struct CoqlToken(CoqlTokenKind Kind, string Text, int Line, int Column, int Offset)
{
    public bool IsKeyword(string keyword) => Kind == CoqlTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
