using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// Identifiers and terminators of the COQL dialect: API names are written as they are, and only a name that is a
/// COQL keyword or not a plain identifier is delimited (with double quotes, which Zoho accepts for column names).
/// There is no statement terminator: one command is one query. Internal API.
/// </summary>
public class ZohoCrmSqlGenerationHelper : RelationalSqlGenerationHelper
{
    // Keywords of the dialect; a field named like one of them must be delimited to stay a column.
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "select", "from", "where", "and", "or", "not", "in", "like", "between", "is", "null", "order", "group", "by",
        "limit", "offset", "asc", "desc", "as", "true", "false", "count", "sum", "min", "max", "avg", "having",
        "distinct", "join", "on", "case", "when", "then", "else", "end", "exists", "union", "all",
    };

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmSqlGenerationHelper(RelationalSqlGenerationHelperDependencies dependencies)
        : base(dependencies)
    {
    }

    /// <inheritdoc />
    public override string StatementTerminator => string.Empty;

    /// <inheritdoc />
    public override string BatchTerminator => string.Empty;

    /// <inheritdoc />
    public override string DelimitIdentifier(string identifier) =>
        NeedsDelimiting(identifier) ? "\"" + EscapeIdentifier(identifier) + "\"" : identifier;

    /// <inheritdoc />
    public override void DelimitIdentifier(StringBuilder builder, string identifier)
    {
        if (NeedsDelimiting(identifier))
        {
            builder.Append('"');
            EscapeIdentifier(builder, identifier);
            builder.Append('"');
        }
        else
        {
            builder.Append(identifier);
        }
    }

    // Zoho modules have no schema; a schema given in the model is ignored here and rejected by the model validator.
    /// <inheritdoc />
    public override string DelimitIdentifier(string name, string? schema) => DelimitIdentifier(name);

    /// <inheritdoc />
    public override void DelimitIdentifier(StringBuilder builder, string name, string? schema) => DelimitIdentifier(builder, name);

    /// <inheritdoc />
    public override string EscapeIdentifier(string identifier) => identifier.Replace("\"", "\"\"", StringComparison.Ordinal);

    /// <inheritdoc />
    public override void EscapeIdentifier(StringBuilder builder, string identifier) =>
        builder.Append(identifier.Replace("\"", "\"\"", StringComparison.Ordinal));

    /// <summary>Whether the name must be delimited: a keyword, or anything but letters, digits and underscores.</summary>
    public static bool NeedsDelimiting(string identifier) =>
        identifier.Length == 0
        || ReservedWords.Contains(identifier)
        || char.IsDigit(identifier[0])
        || identifier.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$'));
}
