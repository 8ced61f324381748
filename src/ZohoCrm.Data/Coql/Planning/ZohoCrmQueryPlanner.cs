using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Parsing;
using ZohoCrm.Data.Coql.Planning;
using ZohoCrm.Data.Coql.Rewriting;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql;

/// <summary>
/// Turns COQL-dialect text and parameter values into a <see cref="ZohoCrmQueryPlan"/>: parsed once per distinct text
/// (a bounded, thread-safe cache), bound against the schema, rewritten into COQL Zoho accepts, and routed to COQL,
/// Search or a full scan with the client's share of the work. Thread-safe; one instance serves a data source.
/// </summary>
internal sealed class ZohoCrmQueryPlanner
{
    private readonly CoqlStatementCache _statements;

    /// <summary>Creates a planner whose statement cache holds up to <paramref name="cacheCapacity"/> distinct texts.</summary>
    public ZohoCrmQueryPlanner(int cacheCapacity = 2048)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cacheCapacity, 2);
        _statements = new CoqlStatementCache(cacheCapacity);
    }

    /// <summary>Plans one execution.</summary>
    /// <param name="commandText">The query in the COQL dialect.</param>
    /// <param name="schema">Module and field metadata.</param>
    /// <param name="parameters">Parameter values by name (with or without <c>@</c>); lists expand IN.</param>
    /// <param name="options">Routing options and limits; <see cref="ZohoCrmQueryPlannerOptions.Default"/> when null.</param>
    /// <exception cref="ZohoCrmQueryException">The text, a name, a value or the routing is invalid; the message says why.</exception>
    /// <exception cref="ZohoCrmQueryException">
    /// The text, a name, a value or the routing is invalid; the message says why. A query that needs work Zoho cannot do
    /// and the options do not allow carries the reasons and the settings that would allow it in
    /// <see cref="ZohoCrmQueryException.Refusal"/>.
    /// </exception>
    public ZohoCrmQueryPlan Plan(string commandText, IZohoCrmSchema schema,
        IReadOnlyDictionary<string, object?>? parameters = null, ZohoCrmQueryPlannerOptions? options = null)
    {
        var builder = Builder(commandText, schema, parameters, options);
        var plan = builder.Build();
        return builder.Refusal is { } refusal
            ? throw new ZohoCrmQueryException(refusal, ZohoCrmStrings.CoqlNeedsClientEvaluation(string.Join(" ", refusal.Reasons)))
            : plan;
    }

    /// <summary>
    /// The capability check: whether Zoho, with the client-side work <paramref name="options"/> allow, can run the query.
    /// Null when it can; otherwise what Zoho cannot do and the settings that would allow it. Makes no call.
    /// </summary>
    /// <exception cref="ZohoCrmQueryException">The text, a name or a value is invalid.</exception>
    public ZohoCrmCapabilityRefusal? Check(string commandText, IZohoCrmSchema schema,
        IReadOnlyDictionary<string, object?>? parameters = null, ZohoCrmQueryPlannerOptions? options = null)
    {
        var builder = Builder(commandText, schema, parameters, options);
        builder.Build();
        return builder.Refusal;
    }

    private CoqlPlanBuilder Builder(string commandText, IZohoCrmSchema schema, IReadOnlyDictionary<string, object?>? parameters,
        ZohoCrmQueryPlannerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(commandText);
        ArgumentNullException.ThrowIfNull(schema);
        var statement = CoqlParser.AsSelect(_statements.GetOrParse(commandText));
        var query = CoqlBinder.Bind(statement, schema, parameters);
        return new CoqlPlanBuilder(commandText, query, CoqlNormalizer.Normalize(query.Where), options ?? ZohoCrmQueryPlannerOptions.Default);
    }

    /// <summary>The parsed text, from the same cache planning uses (so a text is parsed once however often it is asked for).</summary>
    internal Syntax.CoqlCommandStatement Parse(string commandText) => _statements.GetOrParse(commandText);

    /// <summary>Checks the syntax only (for <c>DbCommand.Prepare</c>) and returns the parameter names the text uses.</summary>
    public IReadOnlySet<string> Prepare(string commandText)
    {
        ArgumentNullException.ThrowIfNull(commandText);
        return _statements.GetOrParse(commandText).ParameterNames;
    }
}
