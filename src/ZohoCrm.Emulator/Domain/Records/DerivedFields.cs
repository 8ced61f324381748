using ZohoCrm.Emulator.Domain.Metadata;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// Values Zoho computes rather than accepts: <c>Full_Name</c> of Leads and Contacts and formula fields. Applied
/// to every new version of a record, by the seeder and the writer alike, so the stored value is always current.
/// </summary>
public static class DerivedFields
{
    public static void Apply(ModuleDefinition module, RecordLayout layout, object?[] values)
    {
        if (layout.TryGetSlot("Full_Name", out var fullNameSlot))
        {
            values[fullNameSlot] = FullName(Get(layout, values, "Salutation"), Get(layout, values, "First_Name"), Get(layout, values, "Last_Name"));
        }

        RecordValues? view = null;
        foreach (var field in module.Fields)
        {
            if (field.DataType == FieldDataType.Formula && field.Compute is { } compute && layout.TryGetSlot(field.ApiName, out var slot))
            {
                view ??= new RecordValues(layout, values);
                values[slot] = compute(view);
            }
        }
    }

    /// <summary>Salutation, first and last name joined by single spaces, as Zoho shows <c>Ms. Anna Becker</c>.</summary>
    public static string? FullName(object? salutation, object? firstName, object? lastName)
    {
        var parts = new[] { salutation as string, firstName as string, lastName as string }.Where(p => !string.IsNullOrEmpty(p));
        var joined = string.Join(' ', parts);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>An autonumber value: prefix and the counter zero-padded to the field's digits (<c>PRJ-0042</c>).</summary>
    public static string FormatAutoNumber(FieldDefinition field, long number) =>
        (field.AutoNumberPrefix ?? "") + number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(field.AutoNumberDigits, '0');

    private static object? Get(RecordLayout layout, object?[] values, string name) =>
        layout.TryGetSlot(name, out var slot) ? values[slot] : null;
}
