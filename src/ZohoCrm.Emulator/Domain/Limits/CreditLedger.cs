namespace ZohoCrm.Emulator.Domain.Limits;

/// <summary>Credits spent over the last 24 hours of emulator time. Thread-safe.</summary>
public sealed class CreditLedger
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly object _gate = new();
    private readonly Queue<(DateTimeOffset At, int Credits)> _charges = new();
    private long _spent;

    /// <summary>Credits spent in the window ending at <paramref name="now"/>.</summary>
    public long Spent(DateTimeOffset now)
    {
        lock (_gate)
        {
            Expire(now);
            return _spent;
        }
    }

    /// <summary>
    /// Whether another call may start under <paramref name="budget"/>; when not, how long until enough of the
    /// window's charges expire to let one through.
    /// </summary>
    public bool CanSpend(DateTimeOffset now, long budget, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            Expire(now);
            retryAfter = TimeSpan.Zero;
            if (_spent < budget)
            {
                return true;
            }

            var excess = _spent - budget + 1;
            foreach (var (at, credits) in _charges)
            {
                excess -= credits;
                if (excess <= 0)
                {
                    retryAfter = at + Window - now;
                    break;
                }
            }

            if (retryAfter <= TimeSpan.Zero)
            {
                // A zero budget never frees up: a day is the honest answer.
                retryAfter = Window;
            }

            return false;
        }
    }

    public void Charge(DateTimeOffset at, int credits)
    {
        if (credits <= 0)
        {
            return;
        }

        lock (_gate)
        {
            _charges.Enqueue((at, credits));
            _spent += credits;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _charges.Clear();
            _spent = 0;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_charges.Count > 0 && _charges.Peek().At <= now - Window)
        {
            _spent -= _charges.Dequeue().Credits;
        }
    }
}
