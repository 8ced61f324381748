namespace ZohoCrm.Data.Execution;

/// <summary>
/// Pages of rows for a reader, produced by running a plan. An asynchronous read fetches ahead: the next page is
/// requested while the reader consumes the current one. With <c>async</c> false every call is synchronous I/O and
/// the returned task is complete (Npgsql's <c>bool async</c> pattern). Disposing stops any call in flight.
/// </summary>
internal interface IZohoCrmPageSource : IAsyncDisposable
{
    /// <summary>The next page, or <see langword="null"/> after the last one.</summary>
    ValueTask<ZohoCrmRecordPage?> NextPageAsync(bool async, CancellationToken cancellationToken);
}
