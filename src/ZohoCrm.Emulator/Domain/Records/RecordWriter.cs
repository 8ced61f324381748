using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Persistence;
using ZohoCrm.Emulator.Domain.Seeding;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// Inserts, updates, upserts and deletes records with Zoho's semantics (api.md §6): per-record validation and
/// results in input order, system fields maintained, ids from the org sequence. Calls are serialised; within a call
/// records are processed in order, each seeing the ones before it. A call's changes reach the journal (when
/// persistence is on) before the store, so whatever a client saw acknowledged survives a crash.
/// </summary>
public sealed class RecordWriter
{
    /// <summary>Keys a record may carry that are not fields and that the emulator does not model: ignored.</summary>
    private static readonly HashSet<string> IgnoredKeys = new(StringComparer.OrdinalIgnoreCase) { "Layout", "Tag", "id" };

    private readonly object _lock = new();
    private readonly OrgSchema _schema;
    private readonly RecordStore _store;
    private readonly ModuleLayouts _layouts;
    private readonly WireWriter _wire;
    private readonly EmulatorClock _clock;
    private readonly RecordIdSequence _ids;
    private readonly HashSet<long> _deleted = [];
    private readonly Dictionary<string, ValueIndex> _indexes = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, long> _autoNumbers = new(StringComparer.Ordinal);

    public RecordWriter(OrgSchema schema, RecordStore store, ModuleLayouts layouts, WireWriter wire, EmulatorClock clock, RecordIdSequence ids)
    {
        _schema = schema;
        _store = store;
        _layouts = layouts;
        _wire = wire;
        _clock = clock;
        _ids = ids;
    }

    /// <summary>Where committed batches go before they are applied; null keeps the org in memory only.</summary>
    public IWriteJournal? Journal { get; set; }

    /// <summary>Whether a record id was deleted (reads answer 204 for it, a second delete "record not deleted").</summary>
    public bool IsDeleted(long id)
    {
        lock (_lock)
        {
            return _deleted.Contains(id);
        }
    }

    public WriteBatchResult Insert(string module, RecordWriteRequest request, bool strict = true)
    {
        var definition = RequireModule(module);
        return Run(WriteOperation.Insert, definition, strict, request.ActingUserId, batch =>
            request.Records.Select((node, i) => InsertOne(batch, definition, node, i)).ToList());
    }

    /// <param name="module">The module's API name.</param>
    /// <param name="request">The parsed body.</param>
    /// <param name="pathId">The id of <c>PUT {module}/{id}</c>; the body then holds that one record.</param>
    /// <param name="ifUnmodifiedSince">Records modified after this fail with ALREADY_MODIFIED.</param>
    /// <param name="strict">Strict validation (unknown and read-only fields, picklist options, JSON number types).</param>
    public WriteBatchResult Update(string module, RecordWriteRequest request, string? pathId = null, DateTimeOffset? ifUnmodifiedSince = null, bool strict = true)
    {
        var definition = RequireModule(module);
        if (pathId is not null && request.Records.Count > 1)
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "a call to update one record by its id takes exactly one record in data; use PUT on the module to update several",
                new Dictionary<string, object?> { ["api_name"] = "data", ["json_path"] = "$.data" });
        }

        return Run(WriteOperation.Update, definition, strict, request.ActingUserId, batch =>
            request.Records.Select((node, i) =>
            {
                var path = $"$.data[{i}]";
                if (node is not JsonObject record)
                {
                    return RecordWriteResult.Failure(RecordError.NotAnObject(path));
                }

                var idText = pathId ?? IdText(record["id"]);
                if (idText is null)
                {
                    return RecordWriteResult.Failure(RecordError.MandatoryNotFound("id", path + ".id"));
                }

                return UpdateOne(batch, definition, record, path, idText, ifUnmodifiedSince, out _);
            }).ToList());
    }

    public WriteBatchResult Upsert(string module, RecordWriteRequest request, bool strict = true)
    {
        var definition = RequireModule(module);
        var checkFields = DuplicateCheckFields(definition, request.DuplicateCheckFields);
        return Run(WriteOperation.Upsert, definition, strict, request.ActingUserId, batch =>
            request.Records.Select((node, i) => UpsertOne(batch, definition, node, i, checkFields)).ToList());
    }

    public WriteBatchResult Delete(string module, IReadOnlyList<string> ids)
    {
        var definition = RequireModule(module);
        if (ids.Count == 0)
        {
            throw ZohoApiException.BadRequest("REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                new Dictionary<string, object?> { ["param_name"] = "ids" });
        }

        if (ids.Count > RecordWriteRequest.MaxRecords)
        {
            throw ZohoApiException.BadRequest("LIMIT_EXCEEDED", $"a call may delete at most {RecordWriteRequest.MaxRecords} records; split the ids into batches",
                new Dictionary<string, object?> { ["param_name"] = "ids", ["limit"] = RecordWriteRequest.MaxRecords });
        }

        return Run(WriteOperation.Delete, definition, strict: true, batch => ids.Select(idText =>
        {
            if (!RecordIdSequence.TryParse(idText, out var id) || batch.Find(definition.ApiName, id) is not { } existing)
            {
                var gone = RecordIdSequence.TryParse(idText, out var deletedId) && (_deleted.Contains(deletedId) || batch.WasRemoved(deletedId));
                return RecordWriteResult.Failure(gone ? RecordError.NotDeleted(idText) : RecordError.InvalidId(idText));
            }

            batch.Remove(existing);
            return RecordWriteResult.Success(id, "record deleted", new JsonObject { ["id"] = WireWriter.Id(id) });
        }).ToList());
    }

    /// <summary>Runs <paramref name="action"/> with no write call in progress (reset).</summary>
    public void RunExclusive(Action action)
    {
        lock (_lock)
        {
            action();
        }
    }

    /// <summary>Back to the seed's counters with no deleted ids (the store is reseeded by the caller).</summary>
    public void Reset(SeedResult seed)
    {
        lock (_lock)
        {
            _deleted.Clear();
            _indexes.Clear();
            _autoNumbers = new Dictionary<string, long>(seed.AutoNumbers, StringComparer.Ordinal);
            _ids.Restart(seed.LastSequence);
        }
    }

    /// <summary>Applies a batch read back from the journal at startup, exactly as it was committed.</summary>
    public void Replay(CommittedBatch batch)
    {
        lock (_lock)
        {
            Apply(batch);
        }
    }

    /// <summary>Finds a module by API name or answers Zoho's INVALID_MODULE.</summary>
    public ModuleDefinition RequireModule(string module) =>
        _schema.FindModule(module) is { ApiSupported: true } definition
            ? definition
            : throw ZohoApiException.BadRequest("INVALID_MODULE", "the module name given seems to be invalid",
                new Dictionary<string, object?> { ["resource_path_index"] = 0 });

    private WriteBatchResult Run(WriteOperation operation, ModuleDefinition module, bool strict, Func<Batch, List<RecordWriteResult>> process) =>
        Run(operation, module, strict, userId: null, process);

    private WriteBatchResult Run(WriteOperation operation, ModuleDefinition module, bool strict, long? userId, Func<Batch, List<RecordWriteResult>> process)
    {
        lock (_lock)
        {
            var now = _clock.UtcNow;
            var batch = new Batch(this, module, new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero), strict,
                userId ?? _schema.CurrentUser.Id);
            try
            {
                var results = process(batch);
                if (batch.Changes.Count > 0)
                {
                    var committed = new CommittedBatch(batch.At, batch.Changes.Select(c => c.Change).ToList(), _ids.LastSequence,
                        new Dictionary<string, long>(_autoNumbers, StringComparer.Ordinal));
                    Journal?.Append(committed);
                    Apply(committed);
                    batch.SyncIndexes();
                }

                return new WriteBatchResult(operation, results);
            }
            catch
            {
                // The indexes already follow this call's changes; if it did not commit they are wrong.
                DropIndexes(module.ApiName);
                throw;
            }
        }
    }

    private void DropIndexes(string module)
    {
        foreach (var key in _indexes.Keys.Where(k => k.StartsWith(module + ".", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            _indexes.Remove(key);
        }
    }

    private void Apply(CommittedBatch batch)
    {
        foreach (var change in batch.Changes)
        {
            if (change.Record is { } record)
            {
                _store.Put(record, batch.At);
            }
            else
            {
                _store.Remove(change.Module, change.Id);
                _deleted.Add(change.Id);
            }
        }

        _ids.AdvanceTo(batch.LastSequence);
        foreach (var (key, value) in batch.AutoNumbers)
        {
            _autoNumbers[key] = Math.Max(value, _autoNumbers.GetValueOrDefault(key));
        }
    }

    private RecordWriteResult InsertOne(Batch batch, ModuleDefinition module, JsonNode? node, int index)
    {
        var path = $"$.data[{index}]";
        if (node is not JsonObject record)
        {
            return RecordWriteResult.Failure(RecordError.NotAnObject(path));
        }

        var layout = _layouts.For(module.ApiName);
        var values = layout.NewValues();
        var errors = new List<RecordError>();
        ReadFields(batch, module, record, path, layout, values, errors, out var touched);
        var ownerSlot = layout.SlotOf("Owner");
        if (!touched.Contains("Owner") || values[ownerSlot] is null)
        {
            values[ownerSlot] = batch.UserId;
        }

        foreach (var field in module.Fields.Where(f => f.SystemMandatory && values[layout.SlotOf(f.ApiName)] is null))
        {
            if (!errors.Any(e => e.Details["api_name"]?.GetValue<string>() == field.ApiName))
            {
                errors.Add(RecordError.MandatoryNotFound(field.ApiName, $"{path}.{field.ApiName}"));
            }
        }

        if (module.OneOfRequired.Count > 0 && module.OneOfRequired.All(f => values[layout.SlotOf(f)] is null))
        {
            errors.Add(RecordError.ExpectedFieldMissing(module.OneOfRequired, path));
        }

        if (errors.Count == 0)
        {
            CheckUnique(batch, module, layout, values, path, selfId: null, errors);
        }

        if (errors.Count > 0)
        {
            return RecordWriteResult.Failure(RecordError.Combine(errors));
        }

        var id = _ids.Next();
        foreach (var field in module.Fields.Where(f => f.DataType == FieldDataType.AutoNumber))
        {
            var key = OrgSeeder.AutoNumberKey(module.ApiName, field.ApiName);
            var next = _autoNumbers.TryGetValue(key, out var last) ? last + 1 : field.AutoNumberStart;
            _autoNumbers[key] = next;
            values[layout.SlotOf(field.ApiName)] = DerivedFields.FormatAutoNumber(field, next);
        }

        values[layout.SlotOf("Created_By")] = batch.UserId;
        values[layout.SlotOf("Modified_By")] = batch.UserId;
        values[layout.SlotOf("Created_Time")] = batch.At;
        values[layout.SlotOf("Modified_Time")] = batch.At;
        DerivedFields.Apply(module, layout, values);
        var stored = new StoredRecord(module.ApiName, id, new RecordValues(layout, values));
        batch.Put(null, stored);
        var details = WriteDetails(stored);
        details["$approval_state"] = "approved";
        return RecordWriteResult.Success(id, "record added", details);
    }

    private RecordWriteResult UpdateOne(Batch batch, ModuleDefinition module, JsonObject record, string path, string idText,
        DateTimeOffset? ifUnmodifiedSince, out long updatedId)
    {
        updatedId = 0;
        if (!RecordIdSequence.TryParse(idText, out var id) || batch.Find(module.ApiName, id) is not { } existing)
        {
            return RecordWriteResult.Failure(RecordError.InvalidId(idText));
        }

        if (ifUnmodifiedSince is { } since && existing["Modified_Time"] is DateTimeOffset modified && modified > since)
        {
            return RecordWriteResult.Failure(RecordError.AlreadyModified(idText));
        }

        var layout = _layouts.For(module.ApiName);
        var values = _layouts.CopyValues(existing);
        var errors = new List<RecordError>();
        ReadFields(batch, module, record, path, layout, values, errors, out var touched);
        foreach (var field in module.Fields.Where(f => (f.SystemMandatory || f.ApiName == "Owner") && touched.Contains(f.ApiName)))
        {
            if (values[layout.SlotOf(field.ApiName)] is null)
            {
                errors.Add(RecordError.MandatoryNotFound(field.ApiName, $"{path}.{field.ApiName}"));
            }
        }

        if (errors.Count == 0)
        {
            CheckUnique(batch, module, layout, values, path, selfId: id, errors);
        }

        if (errors.Count > 0)
        {
            return RecordWriteResult.Failure(RecordError.Combine(errors));
        }

        values[layout.SlotOf("Modified_By")] = batch.UserId;
        values[layout.SlotOf("Modified_Time")] = batch.At;
        DerivedFields.Apply(module, layout, values);
        var stored = new StoredRecord(module.ApiName, id, new RecordValues(layout, values));
        batch.Put(existing, stored);
        updatedId = id;
        return RecordWriteResult.Success(id, "record updated", WriteDetails(stored));
    }

    private RecordWriteResult UpsertOne(Batch batch, ModuleDefinition module, JsonNode? node, int index, IReadOnlyList<FieldDefinition> checkFields)
    {
        var path = $"$.data[{index}]";
        if (node is not JsonObject record)
        {
            return RecordWriteResult.Failure(RecordError.NotAnObject(path));
        }

        if (IdText(record["id"]) is { } idText)
        {
            return AsUpsert(UpdateOne(batch, module, record, path, idText, null, out _), "update", null);
        }

        // Read the values once to find a duplicate; errors are reported by the insert or update that follows.
        var layout = _layouts.For(module.ApiName);
        var probe = layout.NewValues();
        ReadFields(batch, module, record, path, layout, probe, [], out _);
        foreach (var field in checkFields)
        {
            if (probe[layout.SlotOf(field.ApiName)] is { } value && batch.FindByValue(field, value, excludeId: null) is { } match)
            {
                var updated = UpdateOne(batch, module, record, path, WireWriter.Id(match), null, out _);
                return AsUpsert(updated, "update", field.ApiName);
            }
        }

        return AsUpsert(InsertOne(batch, module, record, index), "insert", null);
    }

    private static RecordWriteResult AsUpsert(RecordWriteResult result, string action, string? duplicateField) =>
        result.Succeeded ? RecordWriteResult.UpsertSuccess(result.Id!.Value, result.Message!, result.Details!, action, duplicateField) : result;

    private void ReadFields(Batch batch, ModuleDefinition module, JsonObject record, string path, RecordLayout layout, object?[] values,
        List<RecordError> errors, out HashSet<string> touched)
    {
        touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, node) in record)
        {
            if (name.StartsWith('$') || IgnoredKeys.Contains(name))
            {
                continue;
            }

            var fieldPath = $"{path}.{name}";
            var field = module.FindField(name);
            if (field is null)
            {
                if (batch.Strict)
                {
                    errors.Add(RecordError.UnknownField(name, fieldPath));
                }

                continue;
            }

            if (field.FieldReadOnly)
            {
                if (batch.Strict)
                {
                    errors.Add(RecordError.ReadOnlyField(field.ApiName, fieldPath));
                }

                continue;
            }

            var read = field.IsMultiModuleLookup
                ? batch.Reader.TryReadMultiModule(field, node, record["$se_module"], path, out var value, out var error)
                : batch.Reader.TryRead(field, node, fieldPath, out value, out error);
            if (read)
            {
                values[layout.SlotOf(field.ApiName)] = value;
                touched.Add(field.ApiName);
            }
            else
            {
                errors.Add(error!);
            }
        }
    }

    private void CheckUnique(Batch batch, ModuleDefinition module, RecordLayout layout, object?[] values, string path, long? selfId, List<RecordError> errors)
    {
        foreach (var field in module.Fields.Where(f => f.Unique))
        {
            if (values[layout.SlotOf(field.ApiName)] is { } value && batch.FindByValue(field, value, selfId) is { } duplicate)
            {
                var other = batch.Find(module.ApiName, duplicate)!;
                var owner = other["Owner"] is long ownerId ? _schema.FindUser(ownerId) : null;
                errors.Add(RecordError.Duplicate(field.ApiName, $"{path}.{field.ApiName}", new JsonObject
                {
                    ["Owner"] = owner is null ? null : new JsonObject { ["name"] = owner.FullName, ["id"] = WireWriter.Id(owner.Id), ["zuid"] = owner.Zuid },
                    ["module"] = new JsonObject { ["api_name"] = module.ApiName, ["id"] = WireWriter.Id(module.Id) },
                    ["id"] = WireWriter.Id(duplicate),
                }));
            }
        }
    }

    private static IReadOnlyList<FieldDefinition> DuplicateCheckFields(ModuleDefinition module, IReadOnlyList<string>? requested)
    {
        bool Allowed(FieldDefinition f) => f.Unique || module.DefaultDuplicateCheckFields.Contains(f.ApiName, StringComparer.OrdinalIgnoreCase);
        if (requested is null)
        {
            return module.DefaultDuplicateCheckFields.Select(n => module.FindField(n)!)
                .Concat(module.Fields.Where(f => f.Unique)).Distinct().ToList();
        }

        var fields = new List<FieldDefinition>();
        for (var i = 0; i < requested.Count; i++)
        {
            var field = module.FindField(requested[i]);
            if (field is null || !Allowed(field))
            {
                throw ZohoApiException.BadRequest("INVALID_DATA",
                    $"'{requested[i]}' cannot be a duplicate check field of {module.ApiName}; use a system duplicate check field or a unique field",
                    new Dictionary<string, object?> { ["api_name"] = requested[i], ["json_path"] = $"$.duplicate_check_fields[{i}]" });
            }

            fields.Add(field);
        }

        return fields;
    }

    private JsonObject WriteDetails(StoredRecord record) => new()
    {
        ["Modified_Time"] = _wire.FormatDateTime((DateTimeOffset)record["Modified_Time"]!),
        ["Modified_By"] = UserJson((long)record["Modified_By"]!),
        ["Created_Time"] = _wire.FormatDateTime((DateTimeOffset)record["Created_Time"]!),
        ["id"] = WireWriter.Id(record.Id),
        ["Created_By"] = UserJson((long)record["Created_By"]!),
    };

    private JsonObject UserJson(long id) => new() { ["name"] = _schema.FindUser(id)?.FullName, ["id"] = WireWriter.Id(id) };

    private static string? IdText(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        null => null,
        _ => node.ToJsonString(),
    };

    /// <summary>The state of one write call: its pending changes (seen by later records of the call) and value indexes.</summary>
    private sealed class Batch
    {
        private readonly RecordWriter _writer;
        private readonly ModuleDefinition _module;
        private readonly Dictionary<long, StoredRecord?> _pending = [];
        private readonly long _startVersion;

        public Batch(RecordWriter writer, ModuleDefinition module, DateTimeOffset at, bool strict, long userId)
        {
            UserId = userId;
            _writer = writer;
            _module = module;
            At = at;
            Strict = strict;
            Reader = new FieldValueReader(writer._schema, (m, id) => Find(m, id) is not null, strict);
            _startVersion = writer._store.Version(module.ApiName);
        }

        public DateTimeOffset At { get; }
        public bool Strict { get; }

        /// <summary>The user the write acts as: the default owner, and Created_By and Modified_By.</summary>
        public long UserId { get; }
        public FieldValueReader Reader { get; }
        public List<(StoredRecord? Before, RecordChange Change)> Changes { get; } = [];

        public StoredRecord? Find(string module, long id)
        {
            if (_pending.TryGetValue(id, out var pending))
            {
                return pending is not null && string.Equals(pending.Module, module, StringComparison.OrdinalIgnoreCase) ? pending : null;
            }

            return _writer._store.Find(module, id);
        }

        public bool WasRemoved(long id) => _pending.TryGetValue(id, out var pending) && pending is null;

        public void Put(StoredRecord? before, StoredRecord after)
        {
            _pending[after.Id] = after;
            Record(before, new RecordChange(after.Module, after.Id, after));
        }

        public void Remove(StoredRecord before)
        {
            _pending[before.Id] = null;
            Record(before, new RecordChange(before.Module, before.Id, null));
        }

        /// <summary>The lowest id of a record of the batch's module whose field equals <paramref name="value"/> (text case-insensitively).</summary>
        public long? FindByValue(FieldDefinition field, object value, long? excludeId) =>
            Index(field).Find(value, excludeId, AllRecords);

        /// <summary>
        /// After the call committed: the indexes that were current when it began, and followed its changes, match the
        /// store again. Indexes that were already stale stay stale and are rebuilt when next needed.
        /// </summary>
        public void SyncIndexes()
        {
            var version = _writer._store.Version(_module.ApiName);
            foreach (var index in ModuleIndexes().Where(i => i.StoreVersion == _startVersion))
            {
                index.StoreVersion = version;
            }
        }

        private void Record(StoredRecord? before, RecordChange change)
        {
            Changes.Add((before, change));
            foreach (var index in ModuleIndexes())
            {
                index.Move(before, change.Record);
            }
        }

        private IEnumerable<ValueIndex> ModuleIndexes() =>
            _writer._indexes.Where(p => p.Key.StartsWith(_module.ApiName + ".", StringComparison.OrdinalIgnoreCase)).Select(p => p.Value);

        private ValueIndex Index(FieldDefinition field)
        {
            var key = _module.ApiName + "." + field.ApiName;
            var storeVersion = _writer._store.Version(_module.ApiName);
            if (_writer._indexes.TryGetValue(key, out var index) && !index.Degraded && index.StoreVersion == storeVersion)
            {
                return index;
            }

            index = new ValueIndex(field.ApiName, _writer._store.Scan(_module.ApiName)) { StoreVersion = storeVersion };
            foreach (var (before, change) in Changes)
            {
                index.Move(before, change.Record);
            }

            _writer._indexes[key] = index;
            return index;
        }

        private IEnumerable<StoredRecord> AllRecords()
        {
            foreach (var record in _writer._store.Scan(_module.ApiName))
            {
                if (!_pending.ContainsKey(record.Id))
                {
                    yield return record;
                }
            }

            foreach (var record in _pending.Values)
            {
                if (record is not null && string.Equals(record.Module, _module.ApiName, StringComparison.OrdinalIgnoreCase))
                {
                    yield return record;
                }
            }
        }
    }
}
