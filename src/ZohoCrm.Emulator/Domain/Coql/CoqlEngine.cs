using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>
/// Runs COQL queries (<c>POST /crm/v8/coql</c>) against the record store: parse, bind to the schema with Zoho's
/// limits, filter on what the filter index sees (<see cref="EmulatorSettings.CoqlLagSeconds"/>), sort, page, group.
/// Every malformed query ends in a <see cref="Errors.ZohoApiException"/> with the envelope Zoho sends.
/// </summary>
public sealed class CoqlEngine
{
    private readonly OrgSchema _schema;
    private readonly RecordStore _store;
    private readonly WireWriter _wire;
    private readonly EmulatorSettings _settings;

    public CoqlEngine(OrgSchema schema, RecordStore store, WireWriter wire, EmulatorSettings settings)
    {
        _schema = schema;
        _store = store;
        _wire = wire;
        _settings = settings;
    }

    /// <summary>Credits a COQL call costs by its LIMIT (api.md §8): 1-200 → 1, 201-1000 → 2, 1001-2000 → 3.</summary>
    public static int CreditsFor(int limit) => limit <= 200 ? 1 : limit <= 1000 ? 2 : 3;

    /// <param name="selectQuery">The <c>select_query</c> text.</param>
    /// <param name="includeFieldMetadata">Whether <c>include_meta</c> asked for <c>fields</c>.</param>
    /// <param name="authorizeModule">Called with each module the query reads (subqueries included) before it is read; throws to refuse.</param>
    public CoqlResult Execute(string selectQuery, bool includeFieldMetadata = false, Action<string>? authorizeModule = null)
    {
        ArgumentNullException.ThrowIfNull(selectQuery);
        var strict = _settings.Strict;
        var lag = TimeSpan.FromSeconds(Math.Max(0, _settings.CoqlLagSeconds));
        var query = CoqlParser.Parse(selectQuery, strict);
        var binder = new CoqlBinder(_schema, _store, strict, _settings.SelectColumnCap, subquery => SubqueryValues(subquery, lag), authorizeModule);
        var bound = binder.Bind(query);
        return bound.IsAggregate ? RunAggregate(bound, lag, includeFieldMetadata) : RunRows(bound, lag, includeFieldMetadata);
    }

    /// <summary>include_meta renders fields with the same generator as settings/fields, so the two always agree.</summary>
    private MetadataJson? FieldMetadata(bool included) => included ? new MetadataJson(_schema, _wire) : null;

    private IReadOnlyList<object?> SubqueryValues(CoqlBoundQuery subquery, TimeSpan lag)
    {
        var (page, _) = Page(subquery, lag);
        var column = subquery.Outputs[0].Column;
        var values = new List<object?>(page.Count);
        foreach (var record in page)
        {
            values.Add(column.Get(record));
        }

        return values;
    }

    private CoqlResult RunRows(CoqlBoundQuery query, TimeSpan lag, bool includeFieldMetadata)
    {
        var (page, more) = Page(query, lag);
        return new CoqlResult(_wire, query.Outputs, page, null, more, CreditsFor(query.Limit), FieldMetadata(includeFieldMetadata));
    }

    /// <summary>The records of the requested page, and whether more match beyond it.</summary>
    private (List<StoredRecord> Page, bool More) Page(CoqlBoundQuery query, TimeSpan lag)
    {
        var window = query.Offset + query.Limit;
        var sorted = query.OrderBy.Count > 0;
        var matches = Matches(query, lag, sorted ? int.MaxValue : window + 1);
        if (sorted)
        {
            matches = Sort(matches, query.OrderBy);
        }

        var more = matches.Count > window;
        var count = Math.Max(0, Math.Min(window, matches.Count) - query.Offset);
        return (count == 0 ? [] : matches.GetRange(query.Offset, count), more);
    }

    /// <summary>Matches on the version the filter index holds and returns the current version, in id order.</summary>
    private List<StoredRecord> Matches(CoqlBoundQuery query, TimeSpan lag, int stopAfter)
    {
        var filter = query.Filter;
        var matches = new List<StoredRecord>();
        if (lag <= TimeSpan.Zero)
        {
            // Without lag the index holds the current versions: the snapshot array is the same set, read faster.
            var records = _store.Scan(query.Module.ApiName);
            for (var i = 0; i < records.Count && matches.Count < stopAfter; i++)
            {
                if (filter is null || filter(records[i]))
                {
                    matches.Add(records[i]);
                }
            }

            return matches;
        }

        foreach (var record in _store.ScanForFilter(query.Module.ApiName, lag))
        {
            if (filter is null || filter(record.Indexed))
            {
                matches.Add(record.Current);
                if (matches.Count >= stopAfter)
                {
                    break;
                }
            }
        }

        return matches;
    }

    private static List<StoredRecord> Sort(List<StoredRecord> records, IReadOnlyList<CoqlSort> orderBy)
    {
        var keyed = new (StoredRecord Record, object?[] Keys)[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var keys = new object?[orderBy.Count];
            for (var k = 0; k < orderBy.Count; k++)
            {
                keys[k] = orderBy[k].Column!.Get(records[i]);
            }

            keyed[i] = (records[i], keys);
        }

        var kinds = orderBy.Select(o => o.Column!.Kind).ToArray();
        Array.Sort(keyed, (a, b) =>
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var order = CoqlValues.Compare(a.Keys[k], b.Keys[k], kinds[k]);
                if (order != 0)
                {
                    return orderBy[k].Descending ? -order : order;
                }
            }

            return a.Record.Id.CompareTo(b.Record.Id);
        });
        return keyed.Select(k => k.Record).ToList();
    }

    private CoqlResult RunAggregate(CoqlBoundQuery query, TimeSpan lag, bool includeFieldMetadata)
    {
        var outputs = query.Outputs;
        var groupKinds = query.GroupBy.Select(c => c.Kind).ToArray();
        var groups = new Dictionary<object?[], Accumulator[]>(new CoqlGroupKeyComparer(groupKinds));
        var order = new List<object?[]>();
        var probe = new object?[query.GroupBy.Count];
        foreach (var record in Matches(query, lag, int.MaxValue))
        {
            for (var g = 0; g < probe.Length; g++)
            {
                probe[g] = query.GroupBy[g].Get(record);
            }

            // The probe is reused; only a new group keeps a key array of its own.
            if (!groups.TryGetValue(probe, out var accumulators))
            {
                var key = (object?[])probe.Clone();
                accumulators = outputs.Select(o => new Accumulator(o)).ToArray();
                groups[key] = accumulators;
                order.Add(key);
            }

            foreach (var accumulator in accumulators)
            {
                accumulator.Add(record);
            }
        }

        var groupIndexOfOutput = outputs
            .Select(o => o.Aggregate is null
                ? query.GroupBy.ToList().FindIndex(c => string.Equals(c.Path, o.Column.Path, StringComparison.OrdinalIgnoreCase))
                : -1)
            .ToArray();
        var rows = new List<object?[]>(order.Count);
        foreach (var key in order)
        {
            var accumulators = groups[key];
            var row = new object?[outputs.Count];
            for (var i = 0; i < outputs.Count; i++)
            {
                row[i] = outputs[i].Aggregate is null ? key[groupIndexOfOutput[i]] : accumulators[i].Result();
            }

            rows.Add(row);
        }

        var sortedIndexes = Enumerable.Range(0, rows.Count).ToArray();
        Array.Sort(sortedIndexes, (a, b) =>
        {
            foreach (var sort in query.OrderBy)
            {
                var compared = CoqlValues.Compare(rows[a][sort.OutputIndex], rows[b][sort.OutputIndex], sort.Kind(outputs));
                if (compared != 0)
                {
                    return sort.Descending ? -compared : compared;
                }
            }

            // Groups come out ordered by their keys, as a GROUP BY over an index would return them.
            for (var g = 0; g < groupKinds.Length; g++)
            {
                var compared = CoqlValues.Compare(order[a][g], order[b][g], groupKinds[g]);
                if (compared != 0)
                {
                    return compared;
                }
            }

            return a.CompareTo(b);
        });

        var window = query.Offset + query.Limit;
        var page = sortedIndexes.Skip(query.Offset).Take(query.Limit).Select(i => rows[i]).ToList();
        return new CoqlResult(_wire, outputs, null, page, rows.Count > window, CreditsFor(query.Limit), FieldMetadata(includeFieldMetadata));
    }

    /// <summary>Running state of one SELECT item over a group: COUNT skips empty values, SUM/AVG/MIN/MAX ignore them.</summary>
    private sealed class Accumulator(CoqlOutput output)
    {
        private long _count;
        private decimal _sum;
        private object? _best;

        public void Add(StoredRecord record)
        {
            if (output.Aggregate is not { } aggregate)
            {
                return;
            }

            var value = output.Column.Get(record);
            if (CoqlValues.IsEmpty(value))
            {
                return;
            }

            _count++;
            switch (aggregate)
            {
                case CoqlAggregate.Sum or CoqlAggregate.Avg:
                    _sum += CoqlValues.ToDecimal(value) ?? CoqlValues.ToLong(value) ?? 0;
                    break;
                case CoqlAggregate.Min or CoqlAggregate.Max:
                    var compared = _best is null ? 0 : CoqlValues.Compare(value, _best, output.Column.Kind);
                    if (_best is null || (aggregate == CoqlAggregate.Min ? compared < 0 : compared > 0))
                    {
                        _best = value;
                    }

                    break;
            }
        }

        public object? Result() => output.Aggregate switch
        {
            CoqlAggregate.Count => _count,
            CoqlAggregate.Sum => _count == 0 ? null : CoqlValues.Normalize(_sum),
            CoqlAggregate.Avg => _count == 0 ? null : CoqlValues.Normalize(Math.Round(_sum / _count, 9)),
            _ => _best,
        };
    }
}
