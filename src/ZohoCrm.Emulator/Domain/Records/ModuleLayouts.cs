using ZohoCrm.Emulator.Domain.Metadata;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>One <see cref="RecordLayout"/> per module of the schema, in the module's field order.</summary>
public sealed class ModuleLayouts
{
    private readonly Dictionary<string, RecordLayout> _layouts = new(StringComparer.OrdinalIgnoreCase);

    public ModuleLayouts(OrgSchema schema)
    {
        foreach (var module in schema.Modules)
        {
            _layouts[module.ApiName] = new RecordLayout(module.Fields.Select(f => f.ApiName));
        }
    }

    public RecordLayout For(string module) =>
        _layouts.TryGetValue(module, out var layout) ? layout : throw new ArgumentException($"The module '{module}' is not in the org schema.", nameof(module));

    /// <summary>The slot array of a stored record, copied, whatever dictionary type holds its values.</summary>
    public object?[] CopyValues(StoredRecord record)
    {
        var layout = For(record.Module);
        if (record.Values is RecordValues compact && ReferenceEquals(compact.Layout, layout))
        {
            return compact.CopyValues();
        }

        var values = layout.NewValues();
        foreach (var (name, value) in record.Values)
        {
            if (layout.TryGetSlot(name, out var slot))
            {
                values[slot] = value;
            }
        }

        return values;
    }
}
