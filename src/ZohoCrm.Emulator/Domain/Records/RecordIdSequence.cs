using System.Globalization;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// Hands out 19-digit record ids: the org prefix <c>6284150000</c> followed by a zero-padded sequence, strictly
/// increasing so that ordering by id is insertion order (api.md §8). Thread-safe.
/// </summary>
public sealed class RecordIdSequence
{
    /// <summary><c>6284150000</c> followed by nine zeros: every id is this plus its sequence number.</summary>
    public const long OrgPrefix = 6_284_150_000_000_000_000;

    /// <summary>The largest sequence number that still fits the nine-digit tail.</summary>
    public const long MaxSequence = 999_999_999;

    private long _last;

    public RecordIdSequence(long lastSequence) => _last = lastSequence;

    /// <summary>The sequence number of the most recent id (persisted so ids keep rising after a restart).</summary>
    public long LastSequence => Interlocked.Read(ref _last);

    public long Next()
    {
        var next = Interlocked.Increment(ref _last);
        if (next > MaxSequence)
        {
            throw new InvalidOperationException("The emulator's record id sequence is exhausted; reset the emulator or use a smaller --scale.");
        }

        return OrgPrefix + next;
    }

    /// <summary>Moves the sequence forward to at least <paramref name="lastSequence"/> (never back).</summary>
    public void AdvanceTo(long lastSequence)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _last);
            if (current >= lastSequence)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _last, lastSequence, current) != current);
    }

    public void Restart(long lastSequence) => Interlocked.Exchange(ref _last, lastSequence);

    /// <summary>The id for a sequence number: <c>Id(7740021)</c> is <c>6284150000007740021</c>.</summary>
    public static long Id(long sequence) => OrgPrefix + sequence;

    /// <summary>Parses an id as clients send it (a string of digits); false for anything else.</summary>
    public static bool TryParse(string? text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
