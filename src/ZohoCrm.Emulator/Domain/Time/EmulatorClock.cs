namespace ZohoCrm.Emulator.Domain.Time;

/// <summary>
/// The emulator's notion of now: real time plus an offset that tests move forward to expire tokens, end filter
/// lag or stamp later writes, without waiting.
/// </summary>
public sealed class EmulatorClock
{
    private long _offsetTicks;

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The emulator clock only moves forward.");
        }

        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
