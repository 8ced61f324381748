namespace ZohoCrm.Emulator.Http.Query;

/// <summary>
/// Reads parameters from the raw query string with standard form decoding (<c>%XX</c>, <c>+</c> as space), tolerating
/// what Zoho's SDKs send: unencoded <c>( ) : , @ /</c>, a trailing <c>&amp;</c>, and malformed escapes left as typed.
/// The first occurrence of a name wins; names compare case-sensitively, as Zoho's do.
/// </summary>
public sealed class RawQueryString
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public RawQueryString(string? queryString)
    {
        var text = queryString ?? "";
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }

        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            _values.TryAdd(name, value);
        }
    }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
