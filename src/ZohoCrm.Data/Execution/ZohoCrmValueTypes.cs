using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Execution;

/// <summary>How Zoho data types surface in .NET, and their wire names.</summary>

internal static class ZohoCrmValueTypes
{
    /// <summary>
    /// The .NET type a value of a Zoho type is read as: text-likes <see cref="string"/>; integer <see cref="int"/>;
    /// bigint, ids and lookups <see cref="long"/>; double, currency and percent <see cref="decimal"/>; boolean
    /// <see cref="bool"/>; date <see cref="DateOnly"/>; datetime <see cref="DateTimeOffset"/> (offset kept);
    /// multi-select picklist <see cref="T:string[]"/>; anything else its raw JSON text.
    /// </summary>
    public static Type ClrTypeOf(ZohoCrmFieldType type) => type switch
    {
        ZohoCrmFieldType.Integer => typeof(int),
        ZohoCrmFieldType.BigInt => typeof(long),
        ZohoCrmFieldType.Double or ZohoCrmFieldType.Currency or ZohoCrmFieldType.Percent => typeof(decimal),
        ZohoCrmFieldType.Boolean => typeof(bool),
        ZohoCrmFieldType.Date => typeof(DateOnly),
        ZohoCrmFieldType.DateTime => typeof(DateTimeOffset),
        ZohoCrmFieldType.MultiSelectPicklist => typeof(string[]),
        _ when type.IsLookup() => typeof(long),
        _ => typeof(string),
    };

    /// <summary>Zoho's <c>data_type</c> name (<c>currency</c>, <c>ownerlookup</c>, ...).</summary>
    public static string WireNameOf(ZohoCrmFieldType type) => type switch
    {
        ZohoCrmFieldType.Unknown => "unknown",
        ZohoCrmFieldType.RollupSummary => "rollup_summary",
        _ => type.ToString().ToLowerInvariant(),
    };
}
