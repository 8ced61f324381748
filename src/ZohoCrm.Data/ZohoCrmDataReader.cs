using System.Collections;
using System.Collections.ObjectModel;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data;

/// <summary>
/// Reads the rows of a Zoho CRM query as they arrive: pages of up to 2,000 rows are requested as the reader advances
/// (the next while the current one is read), so memory stays flat whatever the result size.
/// </summary>
/// <remarks>
/// <para>Values come typed per Zoho data type: text-likes <see cref="string"/>; integer <see cref="int"/>; bigint and
/// ids <see cref="long"/>; double, currency and percent <see cref="decimal"/>; boolean <see cref="bool"/>; date
/// <see cref="DateOnly"/> (also readable as <see cref="DateTime"/>); datetime <see cref="DateTimeOffset"/> with
/// Zoho's offset kept (<see cref="GetDateTime"/> gives its UTC instant); multi-select picklist <see cref="T:string[]"/>
/// (also <see cref="List{T}"/> of string).</para>
/// <para>A lookup column (<c>Account_Name</c>, <c>Owner</c>) reads as the id of the record it points to, a
/// <see cref="long"/>. Its display name, which Zoho sends along, is the extra column <c>Account_Name.name</c>, added
/// after the selected columns. Dotted paths (<c>Account_Name.Industry</c>) and aggregates (<c>SUM(Amount)</c>) are
/// columns named by their text, or by their alias.</para>
/// </remarks>
public sealed class ZohoCrmDataReader : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly ZohoCrmResultLayout _layout;
    private readonly IZohoCrmPageSource _source;
    private readonly CancellationTokenSource _lifetime;
    private readonly CommandBehavior _behavior;
    private readonly Action<ZohoCrmDataReader>? _onClose;
    private ZohoCrmRecordPage _page;
    private int _rowIndex = -1;
    private bool _onRow;
    private bool _sourceDone;
    private bool _closed;
    private bool _readOne;
    private ReadOnlyCollection<DbColumn>? _schema;

    private ZohoCrmDataReader(ZohoCrmResultLayout layout, IZohoCrmPageSource source, ZohoCrmRecordPage firstPage,
        CancellationTokenSource lifetime, CommandBehavior behavior, Action<ZohoCrmDataReader>? onClose)
    {
        _layout = layout;
        _source = source;
        _lifetime = lifetime;
        _behavior = behavior;
        _onClose = onClose;
        _page = firstPage;
        HasRows = firstPage.Count > 0;
    }

    /// <summary>
    /// Opens a reader: waits for the first page that has rows (or the end), so errors surface here and
    /// <see cref="HasRows"/> is known. <paramref name="lifetime"/> is cancelled and disposed when the reader closes.
    /// </summary>
    internal static async Task<ZohoCrmDataReader> OpenAsync(ZohoCrmResultLayout layout, IZohoCrmPageSource source,
        CancellationTokenSource lifetime, CommandBehavior behavior, Action<ZohoCrmDataReader>? onClose, bool async, CancellationToken cancellationToken)
    {
        try
        {
            var first = ZohoCrmRecordPage.Empty;
            if ((behavior & CommandBehavior.SchemaOnly) == 0)
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token, cancellationToken);
                while (await source.NextPageAsync(async, linked.Token).ConfigureAwait(false) is { } page)
                {
                    first.Release();
                    first = page;
                    if (page.Count > 0)
                    {
                        break;
                    }
                }
            }

            var reader = new ZohoCrmDataReader(layout, source, first, lifetime, behavior, onClose);
            if (first.Count == 0)
            {
                reader._sourceDone = true;
            }

            return reader;
        }
        catch
        {
            lifetime.Cancel();
            await source.DisposeAsync().ConfigureAwait(false);
            lifetime.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override int FieldCount => _layout.VisibleCount;

    /// <inheritdoc />
    public override int VisibleFieldCount => _layout.VisibleCount;

    /// <inheritdoc />
    public override bool HasRows { get; }

    /// <inheritdoc />
    public override bool IsClosed => _closed;

    /// <summary>Always -1: a query changes no records.</summary>
    public override int RecordsAffected => -1;

    /// <inheritdoc />
    public override int Depth => 0;

    /// <inheritdoc />
    public override object this[int ordinal] => GetValue(ordinal);

    /// <inheritdoc />
    public override object this[string name] => GetValue(GetOrdinal(name));

    /// <inheritdoc />
    public override bool Read()
    {
        if (TryAdvanceInPage(out var more))
        {
            return more;
        }

        // The next page with synchronous I/O: the task is complete on return (a fetch-ahead left by an earlier
        // ReadAsync is waited for on this thread).
        var hasPage = ZohoCrmSync.GetCompletedResult(NextNonEmptyPageAsync(async: false, CancellationToken.None));
        return hasPage && TryAdvanceInPage(out more) && more;
    }

    /// <inheritdoc />
    public override Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (TryAdvanceInPage(out var more))
        {
            return more ? TrueTask : FalseTask;
        }

        return ReadNextPageAsync(cancellationToken);
    }

    private static readonly Task<bool> TrueTask = Task.FromResult(true);
    private static readonly Task<bool> FalseTask = Task.FromResult(false);

    private async Task<bool> ReadNextPageAsync(CancellationToken cancellationToken) =>
        await NextNonEmptyPageAsync(async: true, cancellationToken).ConfigureAwait(false) && TryAdvanceInPage(out var more) && more;

    /// <summary>Moves within the current page; <see langword="false"/> when the next page must be fetched first.</summary>
    private bool TryAdvanceInPage(out bool hasRow)
    {
        ThrowIfClosed(nameof(Read));
        if (_readOne && (_behavior & CommandBehavior.SingleRow) != 0)
        {
            _onRow = false;
            hasRow = false;
            return true;
        }

        if (_rowIndex + 1 < _page.Count)
        {
            _rowIndex++;
            _onRow = true;
            _readOne = true;
            hasRow = true;
            return true;
        }

        _onRow = false;
        hasRow = false;
        return _sourceDone;
    }

    private async ValueTask<bool> NextNonEmptyPageAsync(bool async, CancellationToken cancellationToken)
    {
        using var linked = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, cancellationToken)
            : null;
        var token = linked?.Token ?? _lifetime.Token;

        // Past the current page for good: its storage can take a later page.
        _page.Release();
        _page = ZohoCrmRecordPage.Empty;
        _rowIndex = -1;
        while (!_sourceDone)
        {
            var page = await _source.NextPageAsync(async, token).ConfigureAwait(false);
            if (page is null)
            {
                _sourceDone = true;
                _page = ZohoCrmRecordPage.Empty;
                _rowIndex = -1;
                return false;
            }

            if (page.Count > 0)
            {
                _page = page;
                _rowIndex = -1;
                return true;
            }
        }

        return false;
    }

    /// <summary>Zoho queries return one result set.</summary>
    public override bool NextResult()
    {
        ThrowIfClosed(nameof(NextResult));
        return false;
    }

    /// <inheritdoc />
    public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => Task.FromResult(NextResult());

    /// <inheritdoc />
    public override string GetName(int ordinal) => Column(ordinal).Name;

    /// <summary>The ordinal of a column by name, case-insensitively.</summary>
    public override int GetOrdinal(string name)
    {
        ThrowIfClosed(nameof(GetOrdinal));
        var ordinal = _layout.OrdinalOf(name);
        return ordinal >= 0
            ? ordinal
            : throw new IndexOutOfRangeException(ZohoCrmStrings.ReaderColumnNotFound(name,
                string.Join(", ", _layout.Columns.Take(_layout.VisibleCount).Select(c => c.Name))));
    }

    /// <summary>Zoho's <c>data_type</c> of the column (<c>text</c>, <c>currency</c>, <c>lookup</c>, ...).</summary>
    public override string GetDataTypeName(int ordinal)
    {
        var column = Column(ordinal);
        return column.Role == ZohoCrmResultColumnRole.LookupName ? "text" : ZohoCrmFieldTypeInfo.Of(column.ZohoType).DataType;
    }

    /// <inheritdoc />
    public override Type GetFieldType(int ordinal) => Column(ordinal).ClrType;

    /// <summary>The Zoho data type of a column.</summary>
    public Metadata.ZohoCrmFieldType GetZohoType(int ordinal) => Column(ordinal).ZohoType;

    /// <inheritdoc />
    public override bool IsDBNull(int ordinal) => RawValue(ordinal) is null;

    /// <inheritdoc />
    public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) => Task.FromResult(IsDBNull(ordinal));

    /// <summary>The value, or <see cref="DBNull.Value"/> for NULL.</summary>
    public override object GetValue(int ordinal) => RawValue(ordinal) ?? DBNull.Value;

    /// <inheritdoc />
    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    /// <summary>
    /// The value as <typeparamref name="T"/>. Lossless conversions are allowed (an id as <see cref="string"/>, a date
    /// as <see cref="DateTime"/>, a multi-select picklist as <see cref="List{T}"/>); NULL is <see langword="default"/>
    /// for nullable and reference types and an <see cref="InvalidCastException"/> otherwise.
    /// </summary>
    public override T GetFieldValue<T>(int ordinal)
    {
        EnsureValue(ordinal);
        if (_page.TryGetTyped<T>(_rowIndex, ordinal, out var stored))
        {
            return stored;
        }

        var value = _page.GetValue(_rowIndex, ordinal);
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            if (default(T) is null && typeof(T) != typeof(DBNull))
            {
                return default!;
            }

            if (typeof(T) == typeof(DBNull) || typeof(T) == typeof(object))
            {
                return (T)(object)DBNull.Value;
            }

            throw new InvalidCastException(ZohoCrmStrings.ReaderValueIsNull(Column(ordinal).Name));
        }

        return ZohoCrmValueConverter.TryConvert(value, typeof(T), out var converted)
            ? (T)converted!
            : throw CannotConvert(ordinal, value, typeof(T));
    }

    /// <inheritdoc />
    public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) =>
        Task.FromResult(GetFieldValue<T>(ordinal));

    /// <inheritdoc />
    public override bool GetBoolean(int ordinal) => GetFieldValue<bool>(ordinal);

    /// <inheritdoc />
    public override byte GetByte(int ordinal) => GetFieldValue<byte>(ordinal);

    /// <inheritdoc />
    public override short GetInt16(int ordinal) => GetFieldValue<short>(ordinal);

    /// <inheritdoc />
    public override int GetInt32(int ordinal) => GetFieldValue<int>(ordinal);

    /// <inheritdoc />
    public override long GetInt64(int ordinal) => GetFieldValue<long>(ordinal);

    /// <inheritdoc />
    public override float GetFloat(int ordinal) => GetFieldValue<float>(ordinal);

    /// <inheritdoc />
    public override double GetDouble(int ordinal) => GetFieldValue<double>(ordinal);

    /// <inheritdoc />
    public override decimal GetDecimal(int ordinal) => GetFieldValue<decimal>(ordinal);

    /// <summary>
    /// A date as midnight (<see cref="DateTimeKind.Unspecified"/>); a datetime as its UTC instant. Use
    /// <c>GetFieldValue&lt;DateTimeOffset&gt;</c> to keep Zoho's offset.
    /// </summary>
    public override DateTime GetDateTime(int ordinal) => GetFieldValue<DateTime>(ordinal);

    /// <summary>A date column as <see cref="DateOnly"/>.</summary>
    public DateOnly GetDateOnly(int ordinal) => GetFieldValue<DateOnly>(ordinal);

    /// <summary>A datetime column with Zoho's offset.</summary>
    public DateTimeOffset GetDateTimeOffset(int ordinal) => GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>A multi-select picklist's values.</summary>
    public string[] GetStringArray(int ordinal) => GetFieldValue<string[]>(ordinal);

    /// <inheritdoc />
    public override Guid GetGuid(int ordinal) => GetFieldValue<Guid>(ordinal);

    /// <summary>The value as text; ids and numbers in invariant form, dates as Zoho writes them.</summary>
    public override string GetString(int ordinal) => GetFieldValue<string>(ordinal);

    /// <inheritdoc />
    public override char GetChar(int ordinal)
    {
        var text = GetString(ordinal);
        return text.Length == 1 ? text[0] : throw CannotConvert(ordinal, text, typeof(char));
    }

    /// <summary>Not supported: Zoho values are text and JSON, never binary.</summary>
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        throw new NotSupportedException(ZohoCrmStrings.ReaderGetBytesNotSupported(Column(ordinal).Name));

    /// <summary>Copies characters of a text value, as <see cref="DbDataReader.GetChars"/> specifies.</summary>
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    /// <summary>The columns with their Zoho data types.</summary>
    public ReadOnlyCollection<DbColumn> GetColumnSchema()
    {
        ThrowIfClosed(nameof(GetColumnSchema));
        return _schema ??= new ReadOnlyCollection<DbColumn>(
            _layout.Columns.Take(_layout.VisibleCount).Select((c, i) => (DbColumn)new ZohoCrmDbColumn(c, i)).ToList());
    }

    /// <inheritdoc />
    public override DataTable GetSchemaTable()
    {
        var table = new DataTable("SchemaTable");
        var name = table.Columns.Add(SchemaTableColumn.ColumnName, typeof(string));
        var ordinal = table.Columns.Add(SchemaTableColumn.ColumnOrdinal, typeof(int));
        var size = table.Columns.Add(SchemaTableColumn.ColumnSize, typeof(int));
        var dataType = table.Columns.Add(SchemaTableColumn.DataType, typeof(Type));
        var dataTypeName = table.Columns.Add("DataTypeName", typeof(string));
        var allowNull = table.Columns.Add(SchemaTableColumn.AllowDBNull, typeof(bool));
        var isKey = table.Columns.Add(SchemaTableColumn.IsKey, typeof(bool));
        var isAliased = table.Columns.Add(SchemaTableColumn.IsAliased, typeof(bool));
        var isExpression = table.Columns.Add(SchemaTableColumn.IsExpression, typeof(bool));
        var isLong = table.Columns.Add(SchemaTableColumn.IsLong, typeof(bool));
        var baseTable = table.Columns.Add(SchemaTableColumn.BaseTableName, typeof(string));
        var baseColumn = table.Columns.Add(SchemaTableColumn.BaseColumnName, typeof(string));
        foreach (var column in GetColumnSchema())
        {
            var row = table.NewRow();
            row[name] = column.ColumnName;
            row[ordinal] = column.ColumnOrdinal ?? -1;
            row[size] = -1;
            row[dataType] = column.DataType;
            row[dataTypeName] = column.DataTypeName;
            row[allowNull] = column.AllowDBNull ?? true;
            row[isKey] = column.IsKey ?? false;
            row[isAliased] = column.IsAliased ?? false;
            row[isExpression] = column.IsExpression ?? false;
            row[isLong] = column.IsLong ?? false;
            row[baseTable] = (object?)column.BaseTableName ?? DBNull.Value;
            row[baseColumn] = (object?)column.BaseColumnName ?? DBNull.Value;
            table.Rows.Add(row);
        }

        return table;
    }

    /// <summary>Stops fetching and releases the connection for the next command.</summary>
    public override void Close() =>
        // Closing cancels inline, and a source's disposal only waits for a fetch-ahead an earlier ReadAsync left: complete on return.
        ZohoCrmSync.GetCompletedResult(CloseCoreAsync());

    /// <inheritdoc />
    public override Task CloseAsync() => CloseCoreAsync().AsTask();

    private async ValueTask CloseCoreAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _onRow = false;
        _page.Release();
        _page = ZohoCrmRecordPage.Empty;
        try
        {
            // Inline: a synchronous Close must not wait for the thread pool to run the callbacks.
            _lifetime.Cancel();
            await _source.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            // The owner forgets the lifetime first, so nothing cancels it once disposed.
            _onClose?.Invoke(this);
            _lifetime.Dispose();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await CloseCoreAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    internal CommandBehavior Behavior => _behavior;

    private object? RawValue(int ordinal)
    {
        EnsureValue(ordinal);
        return _page.GetValue(_rowIndex, ordinal);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureValue(int ordinal)
    {
        if (!_onRow)
        {
            ThrowIfClosed("Reading a value");
            throw new InvalidOperationException(ZohoCrmStrings.ReaderNoRow);
        }

        if ((uint)ordinal >= (uint)_layout.VisibleCount)
        {
            throw new IndexOutOfRangeException(ZohoCrmStrings.ReaderOrdinalOutOfRange(ordinal, _layout.VisibleCount));
        }
    }

    private ZohoCrmResultColumn Column(int ordinal)
    {
        ThrowIfClosed("Reading column information");
        return (uint)ordinal < (uint)_layout.VisibleCount
            ? _layout.Columns[ordinal]
            : throw new IndexOutOfRangeException(ZohoCrmStrings.ReaderOrdinalOutOfRange(ordinal, _layout.VisibleCount));
    }

    private InvalidCastException CannotConvert(int ordinal, object value, Type target)
    {
        var column = Column(ordinal);
        return new InvalidCastException(ZohoCrmStrings.ReaderCannotConvert(column.Name,
            ZohoCrmFieldTypeInfo.Of(column.ZohoType).DataType, value.GetType().Name, target.Name));
    }

    private void ThrowIfClosed(string operation)
    {
        if (_closed)
        {
            throw new InvalidOperationException(ZohoCrmStrings.ReaderClosed(operation));
        }
    }
}
