namespace ZohoCrm.Data.Coql.Syntax;

internal enum CoqlTokenKind
{
    End,
    Identifier,
    QuotedIdentifier,
    String,
    Number,
    Parameter,
    Comma,
    Dot,
    LeftParen,
    RightParen,
    Star,
    Semicolon,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>One token of the dialect; <see cref="Text"/> is the decoded value for strings and quoted identifiers.</summary>
internal readonly record struct CoqlToken(CoqlTokenKind Kind, string Text, int Position)
{
    public bool IsKeyword(string keyword) =>
        Kind == CoqlTokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Kind switch
    {
        CoqlTokenKind.End => "the end of the query",
        CoqlTokenKind.String => "'" + Text.Replace("'", "''", StringComparison.Ordinal) + "'",
        CoqlTokenKind.Parameter => "@" + Text,
        CoqlTokenKind.QuotedIdentifier => "\"" + Text + "\"",
        _ => Text,
    };
}
