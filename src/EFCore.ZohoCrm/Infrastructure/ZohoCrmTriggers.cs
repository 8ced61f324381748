namespace EFCore.ZohoCrm.Infrastructure;

/// <summary>
/// The automation Zoho CRM runs on the records SaveChanges and upserts write (Zoho's <c>trigger</c> key). Chosen for a
/// context with <see cref="ZohoCrmDbContextOptionsBuilder.Triggers"/> and for some saves with
/// <c>Database.UseZohoCrmTriggers</c>; when neither chose, no trigger key is sent and Zoho runs all of it (its default).
/// <see cref="None"/> runs none.
/// </summary>
[Flags]
public enum ZohoCrmTriggers
{
    /// <summary>No automation runs (Zoho's <c>"trigger": []</c>).</summary>
    None = 0,

    /// <summary>Workflow rules (<c>workflow</c>); on a delete, the only trigger Zoho honours (<c>wf_trigger</c>).</summary>
    Workflow = 1,

    /// <summary>Approval processes (<c>approval</c>).</summary>
    Approval = 2,

    /// <summary>Blueprints (<c>blueprint</c>).</summary>
    Blueprint = 4,

    /// <summary>Process management (<c>pathfinder</c>).</summary>
    Pathfinder = 8,

    /// <summary>Orchestrations (<c>orchestration</c>).</summary>
    Orchestration = 16,
}
