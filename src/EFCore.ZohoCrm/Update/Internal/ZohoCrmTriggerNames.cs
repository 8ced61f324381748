using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Properties;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>Zoho's names of the <see cref="ZohoCrmTriggers"/>, as its <c>trigger</c> key lists them.</summary>
internal static class ZohoCrmTriggerNames
{
    private static readonly (ZohoCrmTriggers Trigger, string Name)[] Names =
    [
        (ZohoCrmTriggers.Workflow, "workflow"),
        (ZohoCrmTriggers.Approval, "approval"),
        (ZohoCrmTriggers.Blueprint, "blueprint"),
        (ZohoCrmTriggers.Pathfinder, "pathfinder"),
        (ZohoCrmTriggers.Orchestration, "orchestration"),
    ];

    private static readonly ZohoCrmTriggers All = Names.Aggregate(ZohoCrmTriggers.None, (all, n) => all | n.Trigger);

    /// <summary>Refuses a value with a bit no trigger has (a cast number).</summary>
    public static void Validate(ZohoCrmTriggers triggers)
    {
        if ((triggers & ~All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(triggers), triggers, ZohoCrmStrings.UnknownTriggers((int)triggers));
        }
    }

    /// <summary>The <c>trigger</c> list to send; <see langword="null"/> (no key, Zoho's default) for no choice.</summary>
    public static IReadOnlyList<string>? ToZoho(ZohoCrmTriggers? triggers) =>
        triggers is { } chosen ? Names.Where(n => chosen.HasFlag(n.Trigger)).Select(n => n.Name).ToList() : null;
}
