using System.Globalization;

namespace ZohoCrm.Data.ConnectionString;

/// <summary>
/// One connection-string key: its canonical name, default, whether it is a secret, and how a value is checked and
/// written in canonical form. Kept in one table so parsing, typed properties and redaction cannot drift apart.
/// </summary>
internal sealed class ZohoCrmConnectionStringKey
{
    private readonly Func<string, string?> _normalize;

    private ZohoCrmConnectionStringKey(string name, string? defaultValue, string allowed, Func<string, string?> normalize, bool isSecret)
    {
        Name = name;
        DefaultValue = defaultValue;
        Allowed = allowed;
        _normalize = normalize;
        IsSecret = isSecret;
    }

    public string Name { get; }

    /// <summary>The canonical text of the value used when the key is absent, or <see langword="null"/> for none.</summary>
    public string? DefaultValue { get; }

    /// <summary>A phrase naming the allowed values, for error messages.</summary>
    public string Allowed { get; }

    /// <summary>Tokens, passwords, client secrets and grant codes: never shown in logs, messages or ToString().</summary>
    public bool IsSecret { get; }

    /// <summary>Checks <paramref name="value"/> and returns its canonical text, or throws naming the key and the allowed values.</summary>
    public string Normalize(string value) =>
        _normalize(value.Trim()) ?? throw new ArgumentException(
            Properties.ZohoCrmStrings.ConnectionStringBadValue(Name, IsSecret ? null : value, Allowed), Name);

    public static ZohoCrmConnectionStringKey Text(string name, string? defaultValue = null, bool isSecret = false) =>
        new(name, defaultValue, "any text", v => v, isSecret);

    public static ZohoCrmConnectionStringKey Secret(string name) => Text(name, isSecret: true);

    public static ZohoCrmConnectionStringKey Boolean(string name, bool defaultValue) =>
        new(name, defaultValue ? "True" : "False", "True or False", v => v.ToUpperInvariant() switch
        {
            "TRUE" or "YES" or "ON" or "1" => "True",
            "FALSE" or "NO" or "OFF" or "0" => "False",
            _ => null,
        }, isSecret: false);

    public static ZohoCrmConnectionStringKey Integer(string name, int defaultValue, int min, int max, string? meaning = null) =>
        new(name, defaultValue.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}{meaning}"),
            v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n.ToString(CultureInfo.InvariantCulture)
                : null,
            isSecret: false);

    /// <summary>A key whose value is one of a fixed list, matched case-insensitively and written as listed.</summary>
    public static ZohoCrmConnectionStringKey OneOf(string name, string? defaultValue, params string[] values) =>
        new(name, defaultValue, "one of " + string.Join(", ", values),
            v => values.FirstOrDefault(a => string.Equals(a, v.TrimStart('.'), StringComparison.OrdinalIgnoreCase)),
            isSecret: false);

    public static ZohoCrmConnectionStringKey AbsoluteHttpUri(string name, string? defaultValue = null) =>
        new(name, defaultValue, "an absolute http:// or https:// URL",
            v => Uri.TryCreate(v, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? v.TrimEnd('/')
                : null,
            isSecret: false);
}
