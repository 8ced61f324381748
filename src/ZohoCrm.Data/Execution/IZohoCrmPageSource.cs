namespace ZohoCrm.Data.Execution;

/// <summary>
/// Pages of rows for a reader, produced by running a plan. Implementations fetch ahead: the next page is requested
/// while the reader consumes the current one. Disposing stops any call in flight.
/// </summary>
internal interface IZohoCrmPageSource : IAsyncDisposable
{
    /// <summary>The next page, or <see langword="null"/> after the last one.</summary>
    ValueTask<ZohoCrmRecordPage?> NextPageAsync(CancellationToken cancellationToken);
}
