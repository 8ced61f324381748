using System.Globalization;
using System.Text;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Coql;

/// <summary>
/// How one execution of a DML statement runs: for UPDATE and DELETE, the read that finds the matching ids (a plan of
/// <c>SELECT id FROM Module WHERE condition</c>, none when the condition names the ids), then the write calls of up to
/// <see cref="ZohoCrmApiClient.MaxRecordsPerWrite"/> records each. <see cref="Explain"/> describes both.
/// </summary>
internal sealed class ZohoCrmWritePlan(CoqlBoundWrite write, ZohoCrmQueryPlan? matchingIds)
{
    public CoqlBoundWrite Write { get; } = write;

    /// <summary>The read of the matching ids; null when no read is needed (INSERT, UPSERT, or ids named in the condition).</summary>
    public ZohoCrmQueryPlan? MatchingIds { get; } = matchingIds;

    public string Module => Write.Module.ApiName;

    /// <summary>The records written when that number is known before the read: the rows, or the ids named.</summary>
    public int? KnownRecordCount => Write.Kind is CoqlDmlKind.Insert or CoqlDmlKind.Upsert ? Write.Rows.Count : Write.Ids?.Count;

    /// <summary>The write endpoint, as the API reference names it.</summary>
    public string Endpoint => Write.Kind switch
    {
        CoqlDmlKind.Insert => "POST /" + Module,
        CoqlDmlKind.Upsert => "POST /" + Module + "/upsert",
        CoqlDmlKind.Update => "PUT /" + Module,
        _ => "DELETE /" + Module + "?ids=",
    };

    public static int CallsFor(int records) => (records + ZohoCrmApiClient.MaxRecordsPerWrite - 1) / ZohoCrmApiClient.MaxRecordsPerWrite;

    /// <summary>A human-readable description: the read of the matching ids (with its own plan), the write calls, and that it is not atomic.</summary>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(Write.Kind.ToString().ToUpperInvariant()).Append(" on ").Append(Module).Append('\n');
        if (MatchingIds is not null)
        {
            text.Append("  1. Read the matching ids (one COQL call per 2,000 records):\n");
            foreach (var line in MatchingIds.Explain().TrimEnd('\n').Split('\n'))
                text.Append("     ").Append(line).Append('\n');
            text.Append("  2. ");
        }
        else if (Write.Ids is { } ids)
        {
            text.Append("  No read: the condition names ").Append(ids.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" id(s).\n  ");
        }
        else
        {
            text.Append("  ");
        }

        text.Append(Endpoint).Append(", one call per ").Append(ZohoCrmApiClient.MaxRecordsPerWrite).Append(" records");
        if (KnownRecordCount is { } count)
        {
            text.Append(": ").Append(CallsFor(count).ToString("N0", CultureInfo.InvariantCulture)).Append(" call(s) for ")
                .Append(count.ToString("N0", CultureInfo.InvariantCulture)).Append(" record(s)");
        }
        else
        {
            text.Append(" matched");
        }

        text.Append(".\n");
        var written = Write.Kind is CoqlDmlKind.Update ? Write.Assignments.Select(a => a.Field.ApiName)
            : Write.Rows.Count > 0 ? Write.Rows[0].Select(v => v.Field.ApiName)
            : [];
        if (written.Any())
            text.Append("  Fields written: ").Append(string.Join(", ", written)).Append('\n');
        if (Write.Kind == CoqlDmlKind.Upsert)
            text.Append("  Duplicate check: ").Append(Write.DuplicateCheckFields.Count > 0 ? string.Join(", ", Write.DuplicateCheckFields) : "Zoho's default fields for the module").Append('\n');
        text.Append("  Not atomic: each call commits on its own; a failure part way leaves the earlier calls' records written.\n");
        if (MatchingIds is not null && KnownRecordCount is null)
            text.Append("  Expected: the read's calls, then one write call per 100 matching records.\n");
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Explain();
}
