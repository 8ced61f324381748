using System.Text.Json.Serialization;

namespace ZohoCrm.Emulator.Http.RequestLog;

/// <summary>One logged call, as <c>GET /_emulator/requests</c> lists it.</summary>
/// <param name="Seq">Increasing from 1 in arrival order.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path without the query string.</param>
/// <param name="Query">The raw query string without the leading <c>?</c>; empty when there is none.</param>
/// <param name="Status">The HTTP status sent; 0 when the connection was dropped before any response.</param>
/// <param name="Credits">API credits charged; 0 for token calls and refused calls.</param>
/// <param name="Time">When the call arrived, on the emulator clock.</param>
/// <param name="Start">
/// Where the call's arrival falls on one counter the emulator advances when any logged call arrives or is answered;
/// two calls were in flight at once when each started before the other ended.
/// </param>
/// <param name="End">Where the call's answer (or dropped connection) falls on the same counter.</param>
public sealed record RequestLogEntry(
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("credits")] int Credits,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("start")] long Start,
    [property: JsonPropertyName("end")] long End);

/// <summary>The token and API calls the emulator answered, newest last, bounded to the most recent <see cref="Capacity"/>.</summary>
public sealed class RequestLog
{
    public const int DefaultCapacity = 100_000;

    private readonly object _gate = new();
    private readonly Queue<RequestLogEntry> _entries = new();
    private long _lastSeq;
    private int _inFlight;
    private long _lastEvent;

    public RequestLog(int capacity = DefaultCapacity) => Capacity = capacity;

    public int Capacity { get; }

    /// <summary>Takes the next sequence number at arrival, so <c>seq</c> follows arrival order, not completion order.</summary>
    public long NextSeq() => Interlocked.Increment(ref _lastSeq);

    /// <summary>Token and API calls being answered now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Counts a call in at its arrival.</summary>
    public void Arrive() => Interlocked.Increment(ref _inFlight);

    /// <summary>Counts a call out, when its response starts (or it ended without one).</summary>
    public void Leave() => Interlocked.Decrement(ref _inFlight);

    /// <summary>The next position on the counter of arrivals and answers that tells which calls overlapped.</summary>
    public long NextEvent() => Interlocked.Increment(ref _lastEvent);

    public void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > Capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    /// <summary>Entries with <c>seq</c> greater than <paramref name="after"/>, in seq order.</summary>
    public IReadOnlyList<RequestLogEntry> After(long after)
    {
        lock (_gate)
        {
            return _entries.Where(e => e.Seq > after).OrderBy(e => e.Seq).ToList();
        }
    }

    /// <summary>Empties the log; numbering continues, so a client's <c>after</c> from before a reset stays meaningful.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
