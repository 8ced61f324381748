namespace ZohoCrm.Emulator.Domain.Limits;

/// <summary>
/// An edition's API limits (api.md §8): a rolling 24-hour credit budget of a base plus an amount per user license,
/// capped, and a limit of simultaneous in-flight calls. Where Zoho's pages disagree on a cap, the lower number
/// (Kaizen #93) is used; Ultimate's budget has no cap.
/// </summary>
public sealed record EditionLimits(string Name, long BaseCredits, long CreditsPerUser, long MaxCredits, int Concurrency)
{
    private static readonly EditionLimits[] All =
    [
        new("free", 5_000, 0, 5_000, 5),
        new("standard", 50_000, 250, 100_000, 10),
        new("professional", 50_000, 500, 1_000_000, 15),
        new("enterprise", 50_000, 1_000, 2_000_000, 20),
        new("ultimate", 50_000, 2_000, long.MaxValue, 25),
    ];

    public static IEnumerable<string> Names => All.Select(e => e.Name);

    public static bool IsKnown(string? edition) => All.Any(e => string.Equals(e.Name, edition, StringComparison.OrdinalIgnoreCase));

    public static EditionLimits For(string edition) =>
        All.FirstOrDefault(e => string.Equals(e.Name, edition, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown edition '{edition}'; use one of {string.Join(", ", Names)}.", nameof(edition));

    /// <summary>The 24-hour budget for an org with <paramref name="users"/> user licenses.</summary>
    public long CreditBudget(int users) => Math.Min(MaxCredits, BaseCredits + (CreditsPerUser * Math.Max(0, users)));
}
