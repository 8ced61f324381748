using System.Data;
using System.Text;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Tests.Execution;

public class ZohoCrmDataReaderTests
{
    private static readonly ZohoCrmResultLayout IdLayout = ZohoCrmResultLayout.ForSelect([new("id", "id", ZohoCrmFieldType.BigInt)]);

    private static ZohoCrmRecordPage IdPage(int from, int count, bool more = true) =>
        new(Enumerable.Range(from, count).Select(i => new object?[] { (long)i }).ToList(), more);

    private static Task<ZohoCrmDataReader> Open(ZohoCrmResultLayout layout, IZohoCrmPageSource source,
        CommandBehavior behavior = CommandBehavior.Default, CancellationTokenSource? lifetime = null) =>
        ZohoCrmDataReader.OpenAsync(layout, source, lifetime ?? new CancellationTokenSource(), behavior, onClose: null, async: true, CancellationToken.None);

    private static async Task<ZohoCrmDataReader> OpenContacts()
    {
        var layout = ZohoCrmPageRowReaderTests.ContactsLayout();
        var page = ZohoCrmPageRowReaderTests.Parse(ZohoCrmPageRowReaderTests.ContactsPage, layout);
        var reader = await Open(layout, FakePageSource.Of(page));
        Assert.That(reader.Read(), Is.True);
        return reader;
    }

    [Test]
    public async Task Pages_are_requested_only_as_the_reader_advances()
    {
        var source = FakePageSource.Of(IdPage(0, 3), IdPage(3, 3), IdPage(6, 2, more: false));
        await using var reader = await Open(IdLayout, source);

        Assert.That(source.Requests, Is.EqualTo(1), "the first row needs one page");
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
            Assert.That(source.Requests, Is.EqualTo(ids.Count / 3 + (ids.Count % 3 == 0 ? 0 : 1)));
        }

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 8).Select(i => (long)i)));
    }

    [Test]
    public async Task Sync_and_async_reads_see_the_same_rows_across_pages()
    {
        var pages = new[] { IdPage(0, 2), new ZohoCrmRecordPage([], moreRecords: true), IdPage(2, 2, more: false) };
        await using var asyncReader = await Open(IdLayout, FakePageSource.Of(pages));
        using var syncReader = await Open(IdLayout, FakePageSource.Of(pages));

        var viaAsync = new List<long>();
        while (await asyncReader.ReadAsync())
        {
            viaAsync.Add(asyncReader.GetInt64(0));
        }

        var viaSync = new List<long>();
        while (syncReader.Read())
        {
            viaSync.Add(syncReader.GetInt64(0));
        }

        Assert.That(viaSync, Is.EqualTo(new long[] { 0, 1, 2, 3 }));
        Assert.That(viaAsync, Is.EqualTo(viaSync));
        Assert.That(syncReader.Read(), Is.False, "reading past the end stays false");
    }

    [Test]
    public async Task No_rows_means_HasRows_false_and_Read_false()
    {
        await using var reader = await Open(IdLayout, FakePageSource.Of(ZohoCrmRecordPage.Empty));
        Assert.That(reader.HasRows, Is.False);
        Assert.That(reader.Read(), Is.False);
        Assert.That(reader.FieldCount, Is.EqualTo(1));
    }

    [Test]
    public async Task HasRows_looks_past_empty_pages()
    {
        var source = FakePageSource.Of(new ZohoCrmRecordPage([], moreRecords: true), IdPage(0, 1, more: false));
        await using var reader = await Open(IdLayout, source);
        Assert.That(reader.HasRows, Is.True);
    }

    [Test]
    public async Task A_failure_on_a_later_page_surfaces_from_Read()
    {
        var source = new FakePageSource(
            _ => Task.FromResult(IdPage(0, 1)),
            _ => Task.FromException<ZohoCrmRecordPage>(new ZohoCrmException("truncated", "RESPONSE_TRUNCATED")));
        await using var reader = await Open(IdLayout, source);
        Assert.That(reader.Read(), Is.True);
        var error = Assert.Throws<ZohoCrmException>(() => reader.Read());
        Assert.That(error!.Code, Is.EqualTo("RESPONSE_TRUNCATED"));
    }

    [Test]
    public async Task ReadAsync_is_cancelled_while_waiting_for_a_page()
    {
        var source = new FakePageSource(
            _ => Task.FromResult(IdPage(0, 1)),
            async ct => { await Task.Delay(Timeout.Infinite, ct); return IdPage(1, 1); });
        await using var reader = await Open(IdLayout, source);
        Assert.That(await reader.ReadAsync(), Is.True);

        using var cancel = new CancellationTokenSource();
        var read = reader.ReadAsync(cancel.Token);
        await cancel.CancelAsync();
        Assert.That(async () => await read, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Sync_Read_stops_when_the_command_lifetime_is_cancelled()
    {
        var lifetime = new CancellationTokenSource();
        // The second page is a synchronous call (as a synchronous read makes) that returns only when cancelled.
        var source = new FakePageSource(
            _ => Task.FromResult(IdPage(0, 1)),
            ct =>
            {
                ct.WaitHandle.WaitOne();
                ct.ThrowIfCancellationRequested();
                return Task.FromResult(IdPage(1, 1));
            });
        using var reader = await Open(IdLayout, source, lifetime: lifetime);
        Assert.That(reader.Read(), Is.True);

        lifetime.CancelAfter(TimeSpan.FromMilliseconds(50));
        Assert.That(() => reader.Read(), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Closing_disposes_the_page_source_and_blocks_further_use()
    {
        var source = FakePageSource.Of(IdPage(0, 5));
        var reader = await Open(IdLayout, source);
        reader.Read();
        await reader.CloseAsync();

        Assert.That(source.Disposed, Is.True);
        Assert.That(reader.IsClosed, Is.True);
        var error = Assert.Throws<InvalidOperationException>(() => reader.Read());
        Assert.That(error!.Message, Does.Contain("closed"));
    }

    [Test]
    public async Task SingleRow_behavior_stops_after_one_row()
    {
        await using var reader = await Open(IdLayout, FakePageSource.Of(IdPage(0, 5, more: false)), CommandBehavior.SingleRow);
        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.Read(), Is.False);
    }

    [Test]
    public async Task Reading_before_Read_says_to_call_Read()
    {
        await using var reader = await Open(IdLayout, FakePageSource.Of(IdPage(0, 1)));
        var error = Assert.Throws<InvalidOperationException>(() => reader.GetInt64(0));
        Assert.That(error!.Message, Does.Contain("Read()"));
    }

    [Test]
    public async Task Typed_getters_read_each_zoho_type()
    {
        await using var reader = await OpenContacts();

        Assert.That(reader.GetString(reader.GetOrdinal("Last_Name")), Is.EqualTo("Hale"));
        Assert.That(reader.GetInt64(reader.GetOrdinal("Owner")), Is.EqualTo(6284150000000412001L));
        Assert.That(reader.GetString(reader.GetOrdinal("owner.NAME")), Is.EqualTo("Hart"));
        Assert.That(reader.GetFieldValue<string[]>(reader.GetOrdinal("Languages_Known")), Is.EqualTo(new[] { "English", "German" }));
        Assert.That(reader.GetFieldValue<List<string>>(reader.GetOrdinal("Languages_Known")), Is.EqualTo(new List<string> { "English", "German" }));
        Assert.That(reader.GetFieldValue<IReadOnlyList<string>>(reader.GetOrdinal("Languages_Known")), Is.EqualTo(new[] { "English", "German" }));
        var created = reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal("Created_Time"));
        Assert.That(created.Offset, Is.EqualTo(TimeSpan.FromHours(2)));
        Assert.That(reader.GetDateTime(reader.GetOrdinal("Created_Time")), Is.EqualTo(new DateTime(2025, 6, 18, 12, 2, 11, DateTimeKind.Utc)));
        Assert.That(reader.GetDateTime(reader.GetOrdinal("Created_Time")).Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(reader.GetString(reader.GetOrdinal("id")), Is.EqualTo("6284150000007735012"), "ids read as text too");
        Assert.That(reader["Account_Name.Account_Name"], Is.EqualTo("Northwind Traders"));
    }

    [Test]
    public async Task Numbers_convert_losslessly_and_refuse_lossy_reads()
    {
        var layout = ZohoCrmResultLayout.ForSelect(
        [
            new("Revenue", "Revenue", ZohoCrmFieldType.Currency),
            new("Employees", "Employees", ZohoCrmFieldType.Integer),
            new("Opt_Out", "Opt_Out", ZohoCrmFieldType.Boolean),
            new("Birth", "Birth", ZohoCrmFieldType.Date),
        ]);
        var page = new ZohoCrmRecordPage([[1250.75m, 250, true, new DateOnly(1990, 2, 28)]], moreRecords: false);
        await using var reader = await Open(layout, FakePageSource.Of(page));
        reader.Read();

        Assert.That(reader.GetDecimal(0), Is.EqualTo(1250.75m));
        Assert.That(reader.GetDouble(0), Is.EqualTo(1250.75d));
        Assert.That(reader.GetInt32(1), Is.EqualTo(250));
        Assert.That(reader.GetInt64(1), Is.EqualTo(250L));
        Assert.That(reader.GetFieldValue<decimal?>(1), Is.EqualTo(250m));
        Assert.That(reader.GetBoolean(2), Is.True);
        Assert.That(reader.GetFieldValue<DateOnly>(3), Is.EqualTo(new DateOnly(1990, 2, 28)));
        Assert.That(reader.GetDateTime(3), Is.EqualTo(new DateTime(1990, 2, 28)));

        var error = Assert.Throws<InvalidCastException>(() => reader.GetInt32(0));
        Assert.That(error!.Message, Does.Contain("Revenue").And.Contain("currency").And.Contain("Int32"));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<DateOnly>(1));
    }

    [Test]
    public async Task Nulls_read_as_DBNull_or_default_for_nullable_types_and_fail_for_value_types()
    {
        var layout = ZohoCrmPageRowReaderTests.ContactsLayout();
        var page = ZohoCrmPageRowReaderTests.Parse(ZohoCrmPageRowReaderTests.ContactsPage, layout);
        await using var reader = await Open(layout, FakePageSource.Of(page));
        reader.Read();
        reader.Read();
        var account = reader.GetOrdinal("Account_Name");

        Assert.That(reader.IsDBNull(account), Is.True);
        Assert.That(await reader.IsDBNullAsync(account), Is.True);
        Assert.That(reader.GetValue(account), Is.EqualTo(DBNull.Value));
        Assert.That(reader.GetFieldValue<long?>(account), Is.Null);
        Assert.That(reader.GetFieldValue<string?>(reader.GetOrdinal("Email")), Is.Null);
        var error = Assert.Throws<InvalidCastException>(() => reader.GetInt64(account));
        Assert.That(error!.Message, Does.Contain("Account_Name").And.Contain("IsDBNull"));
    }

    [Test]
    public async Task Unknown_column_names_are_errors_listing_the_columns()
    {
        await using var reader = await OpenContacts();
        var error = Assert.Throws<IndexOutOfRangeException>(() => reader.GetOrdinal("Lastname"));
        Assert.That(error!.Message, Does.Contain("Lastname").And.Contain("Last_Name"));
        Assert.Throws<IndexOutOfRangeException>(() => reader.GetValue(99));
    }

    [Test]
    public async Task Column_schema_carries_zoho_data_types()
    {
        await using var reader = await OpenContacts();
        var schema = reader.GetColumnSchema();

        Assert.That(schema.Select(c => c.DataTypeName), Is.EqualTo(new[]
        {
            "text", "email", "ownerlookup", "lookup", "text", "multiselectpicklist", "datetime", "bigint", "text", "text",
        }));
        Assert.That(schema.Select(c => c.DataType), Is.EqualTo(new[]
        {
            typeof(string), typeof(string), typeof(long), typeof(long), typeof(string), typeof(string[]), typeof(DateTimeOffset),
            typeof(long), typeof(string), typeof(string),
        }));
        Assert.That(((ZohoCrmDbColumn)schema[2]).ZohoType, Is.EqualTo(ZohoCrmFieldType.OwnerLookup));
        Assert.That(((ZohoCrmDbColumn)schema[8]).IsLookupName, Is.True);
        Assert.That(schema[7].IsKey, Is.True);
        Assert.That(reader.GetDataTypeName(6), Is.EqualTo("datetime"));
        Assert.That(reader.GetFieldType(5), Is.EqualTo(typeof(string[])));

        var table = reader.GetSchemaTable();
        Assert.That(table.Rows.Cast<DataRow>().Select(r => r["ColumnName"]), Is.EqualTo(schema.Select(c => c.ColumnName)));
    }

    [Test]
    public async Task GetValues_fills_the_row_and_DataTable_Load_works()
    {
        await using var reader = await OpenContacts();
        var values = new object[reader.FieldCount];
        Assert.That(reader.GetValues(values), Is.EqualTo(reader.FieldCount));
        Assert.That(values[0], Is.EqualTo("Hale"));

        var table = new DataTable();
        table.Load(reader);
        Assert.That(table.Rows, Has.Count.EqualTo(1), "Load reads the remaining row");
        Assert.That(table.Columns["Account_Name.name"]!.DataType, Is.EqualTo(typeof(string)));
    }
}
