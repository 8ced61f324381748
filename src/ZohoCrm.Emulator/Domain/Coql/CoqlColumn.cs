using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>A column resolved against the schema: how to read its value from a record and how to render it.</summary>
internal sealed class CoqlColumn
{
    /// <summary>The path as written (quotes removed): the row key when there is no alias.</summary>
    public required string Path { get; init; }

    /// <summary>The data type values are rendered as.</summary>
    public required FieldDataType Type { get; init; }
    public string? LookupModule { get; init; }
    public required Func<StoredRecord, object?> Get { get; init; }

    /// <summary>A path that ends on a lookup (<c>Account_Name.Parent_Account</c>) renders only <c>{"id"}</c>.</summary>
    public bool RendersIdOnly { get; init; }

    /// <summary>The field the path ends on; null for <c>id</c> and user attributes.</summary>
    public FieldDefinition? Field { get; init; }

    /// <summary>The module <see cref="Field"/> belongs to (the lookup's target for a dotted path).</summary>
    public ModuleDefinition? FieldModule { get; init; }

    public bool Filterable { get; init; } = true;
    public bool Sortable { get; init; } = true;

    public CoqlValueKind Kind => RendersIdOnly ? CoqlValueKind.Reference : CoqlValues.KindOf(Type);
}

/// <summary>
/// Resolves column paths: a field of the base module, or a lookup followed by at most two relations
/// (<c>Account_Name.Parent_Account.Account_Name</c>, <c>Owner.role.name</c>). <c>!Leads.</c> names the base module.
/// </summary>
internal sealed class CoqlColumnResolver(OrgSchema schema, IRecordLookup records)
{
    public CoqlColumn Resolve(ModuleDefinition module, string path)
    {
        var segments = path.Split('.');
        var start = 0;
        if (segments[0].StartsWith('!'))
        {
            if (!string.Equals(segments[0][1..], module.ApiName, StringComparison.OrdinalIgnoreCase))
            {
                throw CoqlErrors.InvalidColumn(path);
            }

            start = 1;
        }

        var count = segments.Length - start;
        if (count is < 1 or > 3 || segments.Skip(start).Any(s => s.Length == 0))
        {
            throw CoqlErrors.InvalidColumn(path);
        }

        return ResolveIn(module, segments[start..], path, reach: null);
    }

    /// <summary>Resolves segments on a module; <c>reach</c> leads from the base record to the record they are read on (null: the base record).</summary>
    private CoqlColumn ResolveIn(ModuleDefinition module, string[] segments, string path, Func<StoredRecord, StoredRecord?>? reach)
    {
        var name = segments[0];
        if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase))
        {
            if (segments.Length != 1)
            {
                throw CoqlErrors.InvalidColumn(path);
            }

            return new CoqlColumn { Path = path, Type = FieldDataType.BigInt, Get = reach is null ? r => r.Id : r => reach(r)?.Id };
        }

        var arrow = name.IndexOf("->", StringComparison.Ordinal);
        if (arrow >= 0)
        {
            return ResolveRelatedTo(module, name[..arrow], name[(arrow + 2)..], segments, path, reach);
        }

        var field = module.FindField(name) ?? throw CoqlErrors.InvalidColumn(path);
        if (field.DataType == FieldDataType.MultiSelectLookup)
        {
            throw CoqlErrors.UnsupportedColumn(path);
        }

        var apiName = field.ApiName;
        Func<StoredRecord, object?> get = reach is null
            ? r => r.Values.GetValueOrDefault(apiName)
            : r => reach(r)?.Values.GetValueOrDefault(apiName);
        if (segments.Length == 1)
        {
            var nested = reach is not null;
            return new CoqlColumn
            {
                Path = path,
                Type = field.ValueType,
                LookupModule = field.LookupModule,
                Get = get,
                Field = field,
                FieldModule = module,
                // COQL gives only the id of a multi-module lookup (api.md §3), as it does for a path ending on a lookup.
                RendersIdOnly = (nested && field.DataType.IsLookup()) || (field.IsMultiModuleLookup && !field.ModuleInValue),
                Filterable = field.Filterable && field.DataType != FieldDataType.Textarea,
                Sortable = field.Sortable,
            };
        }

        if (!field.DataType.IsLookup())
        {
            throw CoqlErrors.InvalidColumn(path);
        }

        Func<StoredRecord, long?> link = r => CoqlValues.ToLong(get(r));
        var rest = segments[1..];
        if (field.ModuleInValue && rest.Length == 2 && string.Equals(rest[0], "module", StringComparison.OrdinalIgnoreCase)
            && string.Equals(rest[1], "api_name", StringComparison.OrdinalIgnoreCase))
        {
            // The module of a multi-module lookup that carries it in its value, as Zoho documents for Appointment_For.
            var related = field.RelatedModules;
            return new CoqlColumn
            {
                Path = path, Type = FieldDataType.Text, Sortable = false,
                Get = r => link(r) is { } id ? related.FirstOrDefault(m => records.Find(m, id) is not null) : null,
            };
        }

        if (field.DataType is FieldDataType.OwnerLookup or FieldDataType.UserLookup
            || string.Equals(field.LookupModule, "users", StringComparison.OrdinalIgnoreCase))
        {
            return ResolveUser(rest, path, r => link(r) is { } id ? schema.FindUser(id) : null);
        }

        var target = field.LookupModule is null ? null : schema.FindModule(field.LookupModule);
        if (target is null)
        {
            throw CoqlErrors.InvalidColumn(path);
        }

        var targetName = target.ApiName;
        return ResolveIn(target, rest, path, r => link(r) is { } id ? records.Find(targetName, id) : null);
    }

    /// <summary>
    /// <c>'What_Id->Accounts.Account_Name'</c>: a field of the record a multi-module lookup points to, read only when
    /// that record is of the named module (null otherwise). The arrow segment must be followed by a field.
    /// </summary>
    private CoqlColumn ResolveRelatedTo(ModuleDefinition module, string fieldName, string moduleName, string[] segments, string path,
        Func<StoredRecord, StoredRecord?>? reach)
    {
        var field = module.FindField(fieldName);
        var targetName = field?.RelatedModules.FirstOrDefault(m => string.Equals(m, moduleName, StringComparison.OrdinalIgnoreCase));
        if (reach is not null || field is null || targetName is null || segments.Length < 2 || schema.FindModule(targetName) is not { } target)
        {
            throw CoqlErrors.InvalidColumn(path);
        }

        var apiName = field.ApiName;
        return ResolveIn(target, segments[1..], path,
            r => CoqlValues.ToLong(r.Values.GetValueOrDefault(apiName)) is { } id ? records.Find(targetName, id) : null);
    }

    /// <summary>User lookups are traversed with Zoho's lower-case user keys.</summary>
    private static CoqlColumn ResolveUser(string[] segments, string path, Func<StoredRecord, UserDefinition?> user)
    {
        var name = segments[0].ToLowerInvariant();
        if (name is "role" or "profile")
        {
            var isRole = name == "role";
            if (segments.Length == 1)
            {
                return new CoqlColumn
                {
                    Path = path, Type = FieldDataType.Lookup, RendersIdOnly = true,
                    Get = r => user(r) is { } u ? isRole ? u.RoleId : u.ProfileId : null,
                };
            }

            return segments[1].ToLowerInvariant() switch
            {
                "name" => new CoqlColumn
                {
                    Path = path, Type = FieldDataType.Text,
                    Get = r => user(r) is { } u ? isRole ? u.RoleName : u.ProfileName : null,
                },
                "id" => new CoqlColumn
                {
                    Path = path, Type = FieldDataType.BigInt,
                    Get = r => user(r) is { } u ? isRole ? u.RoleId : u.ProfileId : null,
                },
                _ => throw CoqlErrors.InvalidColumn(path),
            };
        }

        if (segments.Length != 1)
        {
            throw CoqlErrors.InvalidColumn(path);
        }

        Func<UserDefinition, object?>? read = name switch
        {
            "id" => u => u.Id,
            "first_name" => u => u.FirstName,
            "last_name" => u => u.LastName,
            "full_name" => u => u.FullName,
            "email" => u => u.Email,
            "status" => u => u.Status,
            "zuid" => u => u.Zuid,
            _ => null,
        };
        if (read is null)
        {
            throw CoqlErrors.InvalidColumn(path);
        }

        var type = name switch
        {
            "id" => FieldDataType.BigInt,
            "email" => FieldDataType.Email,
            "status" => FieldDataType.Picklist,
            _ => FieldDataType.Text,
        };
        return new CoqlColumn { Path = path, Type = type, Get = r => user(r) is { } u ? read(u) : null };
    }
}
