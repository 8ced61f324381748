using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Domain.Limits;

/// <summary>
/// The org's API limits: the edition's credit budget over a rolling 24 hours of emulator time, and its limit of
/// simultaneous calls. Both read the live settings, so a test can change edition or overrides at any time.
/// </summary>
public sealed class ApiLimits
{
    private readonly EmulatorSettings _settings;
    private readonly EmulatorClock _clock;
    private readonly int _userLicenses;
    private int _inFlight;

    public ApiLimits(EmulatorSettings settings, EmulatorClock clock, int userLicenses)
    {
        _settings = settings;
        _clock = clock;
        _userLicenses = userLicenses;
    }

    public CreditLedger Credits { get; } = new();

    public int InFlight => Volatile.Read(ref _inFlight);

    public long CreditBudget => _settings.CreditLimit ?? EditionLimits.For(_settings.Edition).CreditBudget(_userLicenses);

    public int ConcurrencyLimit => _settings.ConcurrencyLimit ?? EditionLimits.For(_settings.Edition).Concurrency;

    /// <summary>
    /// Admits a call, or says why not and when to retry. An admitted call must be ended with
    /// <see cref="Complete"/>, which releases its concurrency slot and charges its credits.
    /// </summary>
    public LimitDecision TryStart()
    {
        if (!Credits.CanSpend(_clock.UtcNow, CreditBudget, out var retryAfter))
        {
            return new LimitDecision(false, LimitKind.Credits, retryAfter);
        }

        var limit = ConcurrencyLimit;
        while (true)
        {
            var current = Volatile.Read(ref _inFlight);
            if (current >= limit)
            {
                return new LimitDecision(false, LimitKind.Concurrency, TimeSpan.FromSeconds(1));
            }

            if (Interlocked.CompareExchange(ref _inFlight, current + 1, current) == current)
            {
                return new LimitDecision(true, LimitKind.None, TimeSpan.Zero);
            }
        }
    }

    public void Complete(int credits)
    {
        Interlocked.Decrement(ref _inFlight);
        Credits.Charge(_clock.UtcNow, credits);
    }
}

public enum LimitKind
{
    None,
    Credits,
    Concurrency,
}

public readonly record struct LimitDecision(bool Admitted, LimitKind Exceeded, TimeSpan RetryAfter);
