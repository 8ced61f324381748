using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data;

/// <summary>
/// A statement in the COQL dialect with named <c>@parameters</c>: a query, <c>SELECT … FROM Module [WHERE …] [GROUP BY …]
/// [ORDER BY …] [LIMIT [offset,] n]</c> with SQL semantics (no LIMIT means every matching row), run by
/// <see cref="ExecuteReader()"/>; or a write, <c>INSERT INTO</c>, <c>UPSERT INTO</c>, <c>UPDATE … SET</c> or
/// <c>DELETE FROM</c>, run by <see cref="ExecuteNonQuery"/>. The provider plans the cheapest Zoho calls that give the
/// exact answer; <see cref="Explain"/> shows the plan.
/// </summary>
public sealed class ZohoCrmCommand : DbCommand
{
    private string _commandText = string.Empty;
    private int _commandTimeout = DefaultCommandTimeout;
    private ZohoCrmConnection? _connection;
    private CancellationTokenSource? _running;

    /// <summary>The default <see cref="CommandTimeout"/>, in seconds.</summary>
    public const int DefaultCommandTimeout = 30;

    /// <summary>Creates a command with no text.</summary>
    public ZohoCrmCommand()
    {
    }

    /// <summary>Creates a command with query text.</summary>
    public ZohoCrmCommand(string commandText) => CommandText = commandText;

    /// <summary>Creates a command with query text on a connection.</summary>
    public ZohoCrmCommand(string commandText, ZohoCrmConnection connection)
    {
        CommandText = commandText;
        Connection = connection;
    }

    /// <summary>The query text.</summary>
    [AllowNull]
    public override string CommandText
    {
        get => _commandText;
        set => _commandText = value ?? string.Empty;
    }

    /// <summary>
    /// Seconds to wait for each Zoho call the query makes (its metadata, then each page, so the time to the next page),
    /// as other providers bound each wait on the server rather than the whole read; 0 waits without limit. A call that
    /// takes longer fails with a <see cref="TimeoutException"/>. Each HTTP request also obeys the connection string's
    /// <c>Timeout</c>.
    /// </summary>
    public override int CommandTimeout
    {
        get => _commandTimeout;
        set => _commandTimeout = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, ZohoCrmStrings.CommandTimeoutNegative(value));
    }

    /// <summary>Only <see cref="CommandType.Text"/>: Zoho CRM has no stored procedures.</summary>
    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, ZohoCrmStrings.CommandTypeNotSupported(value));
            }
        }
    }

    /// <inheritdoc />
    public override bool DesignTimeVisible { get; set; }

    /// <inheritdoc />
    public override UpdateRowSource UpdatedRowSource { get; set; }

    /// <summary>The connection the command runs on.</summary>
    public new ZohoCrmConnection? Connection
    {
        get => _connection;
        set => _connection = value;
    }

    /// <inheritdoc />
    protected override DbConnection? DbConnection
    {
        get => _connection;
        set => _connection = value switch
        {
            null => null,
            ZohoCrmConnection connection => connection,
            _ => throw new ArgumentException(ZohoCrmStrings.ConnectionTypeMismatch(value.GetType().FullName), nameof(value)),
        };
    }

    /// <summary>The parameters the text refers to as <c>@name</c>.</summary>
    public new ZohoCrmParameterCollection Parameters { get; } = new();

    /// <inheritdoc />
    protected override DbParameterCollection DbParameterCollection => Parameters;

    /// <summary>Always <see langword="null"/>: Zoho CRM has no transactions; setting one is an error.</summary>
    protected override DbTransaction? DbTransaction
    {
        get => null;
        set
        {
            if (value is not null)
            {
                throw new NotSupportedException(ZohoCrmStrings.TransactionsNotSupported);
            }
        }
    }

    /// <summary>Creates a parameter for this command (add it to <see cref="Parameters"/>).</summary>
    public new ZohoCrmParameter CreateParameter() => new();

    /// <inheritdoc />
    protected override DbParameter CreateDbParameter() => CreateParameter();

    /// <summary>Parses and checks the statement now (names, types, parameters), so errors surface before the first execution.</summary>
    public override void Prepare() =>
        // Synchronous I/O throughout (async: false): the task is complete on return.
        ZohoCrmSync.GetCompletedResult(PlanAsync(nameof(Prepare), explain: false, async: false, CancellationToken.None));

    /// <summary>Parses and checks the statement (loading metadata if needed), so errors surface before the first execution.</summary>
    public override Task PrepareAsync(CancellationToken cancellationToken = default) =>
        PlanAsync(nameof(Prepare), explain: false, async: true, cancellationToken);

    /// <summary>
    /// The plan the statement would run with. For a query: the endpoints, the predicates pushed to Zoho, the residual
    /// evaluated on the client, the expected calls and credits. For INSERT, UPSERT, UPDATE and DELETE: the read of the
    /// matching ids (with its query plan) and the write calls, 100 records a call. Makes no data call (metadata may be
    /// loaded once).
    /// </summary>
    public string Explain() =>
        // Synchronous I/O throughout (async: false): the task is complete on return.
        ZohoCrmSync.GetCompletedResult(PlanAsync(nameof(Explain), explain: true, async: false, CancellationToken.None))!;

    /// <summary>The plan the statement would run with (see <see cref="Explain"/>).</summary>
    public async Task<string> ExplainAsync(CancellationToken cancellationToken = default) =>
        (await PlanAsync(nameof(Explain), explain: true, async: true, cancellationToken).ConfigureAwait(false))!;

    /// <summary>Plans the statement; the plan's description only when <paramref name="explain"/> (Prepare needs none).</summary>
    private async Task<string?> PlanAsync(string operation, bool explain, bool async, CancellationToken cancellationToken)
    {
        var context = Context(operation);
        var text = CheckedText();
        if (context.Parse(text) is Coql.Syntax.CoqlDmlStatement dml)
        {
            var write = await context.PlanWriteAsync(dml, text, Parameters, _connection!.PlannerOptions, async, cancellationToken).ConfigureAwait(false);
            return explain ? write.Explain() : null;
        }

        var (plan, _) = await context.PlanAsync(text, Parameters, _connection!.PlannerOptions, async, cancellationToken).ConfigureAwait(false);
        return explain ? plan.Explain(context.ReadAhead) : null;
    }

    /// <summary>Stops the running execution: the reader's calls in flight are cancelled.</summary>
    public override void Cancel()
    {
        lock (_cancelLock)
        {
            Volatile.Read(ref _running)?.Cancel();
        }
    }

    private readonly Lock _cancelLock = new();

    /// <summary>
    /// Runs an <c>INSERT</c>, <c>UPSERT</c>, <c>UPDATE</c> or <c>DELETE</c> and returns the number of records written.
    /// UPDATE and DELETE first read the ids their WHERE matches (one COQL call per 2,000; none when the condition is
    /// <c>id = @id</c> or <c>id IN (...)</c>), then write 100 records a call. Not atomic: a failure part way throws a
    /// <see cref="Api.ZohoCrmWriteException"/> saying how many records were written and which were not.
    /// </summary>
    /// <exception cref="InvalidOperationException">The text is a SELECT (use <see cref="ExecuteReader()"/>).</exception>
    public override int ExecuteNonQuery() =>
        // Synchronous I/O all the way down (async: false): the task is complete on return.
        ZohoCrmSync.GetCompletedResult(ExecuteNonQueryAsync(async: false, CancellationToken.None));

    /// <inheritdoc cref="ExecuteNonQuery"/>
    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => ExecuteNonQueryAsync(async: true, cancellationToken);

    private async Task<int> ExecuteNonQueryAsync(bool async, CancellationToken cancellationToken)
    {
        var context = Context(nameof(ExecuteNonQuery));
        var text = CheckedText();
        if (context.Parse(text) is not Coql.Syntax.CoqlDmlStatement dml)
        {
            throw new InvalidOperationException(ZohoCrmStrings.NonQueryOnSelect);
        }

        // Cancel() stops the statement between calls (a call in flight completes or is cancelled by the pipeline).
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Volatile.Write(ref _running, lifetime);
        try
        {
            var timeout = _commandTimeout > 0 ? new Execution.ZohoCrmCallTimeout(_commandTimeout) : Execution.ZohoCrmCallTimeout.None;
            return await context.ExecuteWriteAsync(dml, text, Parameters, _connection!.PlannerOptions, timeout, async, lifetime.Token).ConfigureAwait(false);
        }
        finally
        {
            ForgetRunning(lifetime);
        }
    }

    /// <summary>The first column of the first row, or <see langword="null"/> when there is no row.</summary>
    public override object? ExecuteScalar()
    {
        using var reader = ExecuteReader(CommandBehavior.SingleRow);
        return reader.Read() ? reader.GetValue(0) : null;
    }

    /// <inheritdoc cref="ExecuteScalar"/>
    public override async Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        await using var reader = await ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetValue(0) : null;
    }

    /// <summary>Runs the query and returns a reader over its rows.</summary>
    public new ZohoCrmDataReader ExecuteReader() => ExecuteReader(CommandBehavior.Default);

    /// <summary>Runs the query and returns a reader over its rows.</summary>
    public new ZohoCrmDataReader ExecuteReader(CommandBehavior behavior) =>
        // Synchronous I/O all the way down (async: false): the task is complete on return.
        ZohoCrmSync.GetCompletedResult(ExecuteReaderAsync(behavior, async: false, CancellationToken.None));

    /// <summary>Runs the query and returns a reader over its rows.</summary>
    public new Task<ZohoCrmDataReader> ExecuteReaderAsync(CancellationToken cancellationToken = default) =>
        ExecuteReaderAsync(CommandBehavior.Default, cancellationToken);

    /// <summary>Runs the query and returns a reader once the first rows arrived (or the result is known empty).</summary>
    public new Task<ZohoCrmDataReader> ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken = default) =>
        ExecuteReaderAsync(behavior, async: true, cancellationToken);

    private async Task<ZohoCrmDataReader> ExecuteReaderAsync(CommandBehavior behavior, bool async, CancellationToken cancellationToken)
    {
        var context = Context(nameof(ExecuteReader));
        var text = CheckedText();

        // The reader owns this source (it disposes it when it closes): Cancel() and closing the reader both stop its calls.
        var lifetime = new CancellationTokenSource();
        Volatile.Write(ref _running, lifetime);
        var timeout = _commandTimeout > 0 ? new Execution.ZohoCrmCallTimeout(_commandTimeout) : Execution.ZohoCrmCallTimeout.None;
        var connection = _connection!;
        var closeConnection = (behavior & CommandBehavior.CloseConnection) != 0;
        void OnClose(ZohoCrmDataReader reader)
        {
            // Forget the lifetime before the reader disposes it, so a later Cancel() has nothing to cancel.
            ForgetRunning(lifetime);
            if (closeConnection)
            {
                connection.Close();
            }
        }

        try
        {
            return await context.ExecuteAsync(text, Parameters, connection.PlannerOptions, behavior, timeout, lifetime, async, cancellationToken, OnClose).ConfigureAwait(false);
        }
        catch
        {
            ForgetRunning(lifetime);
            throw;
        }
    }

    private void ForgetRunning(CancellationTokenSource lifetime)
    {
        lock (_cancelLock)
        {
            Interlocked.CompareExchange(ref _running, null, lifetime);
        }
    }

    /// <inheritdoc />
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => ExecuteReader(behavior);

    /// <inheritdoc />
    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        await ExecuteReaderAsync(behavior, cancellationToken).ConfigureAwait(false);

    private Execution.ZohoCrmExecutionContext Context(string operation) =>
        (_connection ?? throw new InvalidOperationException(ZohoCrmStrings.CommandNeedsConnection)).GetExecutionContext(operation);

    private string CheckedText() =>
        string.IsNullOrWhiteSpace(_commandText) ? throw new InvalidOperationException(ZohoCrmStrings.CommandTextEmpty) : _commandText;
}
