namespace ZohoCrm.Emulator.Domain.Search;

/// <summary>
/// Search's loose text matching: case-insensitive, with <c>{ } [ ] ^ : - / ! ? * _ @</c> and whitespace treated
/// alike, so <c>sales-team@x</c> finds <c>sales_team@x</c>.
/// </summary>
internal static class SearchText
{
    public static string Loose(string value)
    {
        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        return new string(buffer[..Normalize(value, buffer)]);
    }

    /// <summary>Whether the loose form of <paramref name="value"/> contains <paramref name="looseNeedle"/> (already loose).</summary>
    public static bool LooseContains(string value, string looseNeedle)
    {
        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        return buffer[..Normalize(value, buffer)].IndexOf(looseNeedle, StringComparison.Ordinal) >= 0;
    }

    /// <summary>Whether the loose form of <paramref name="value"/> starts with <paramref name="looseNeedle"/> (already loose).</summary>
    public static bool LooseStartsWith(string value, string looseNeedle)
    {
        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        return buffer[..Normalize(value, buffer)].StartsWith(looseNeedle, StringComparison.Ordinal);
    }

    /// <summary>Writes the loose form (lower case, separators collapsed to one space, trimmed) and returns its length.</summary>
    private static int Normalize(ReadOnlySpan<char> value, Span<char> destination)
    {
        var length = 0;
        var lastWasSeparator = true;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c is '{' or '}' or '[' or ']' or '^' or ':' or '-' or '/' or '!' or '?' or '*' or '_' or '@')
            {
                if (!lastWasSeparator)
                {
                    destination[length++] = ' ';
                    lastWasSeparator = true;
                }

                continue;
            }

            destination[length++] = char.ToLowerInvariant(c);
            lastWasSeparator = false;
        }

        return length > 0 && destination[length - 1] == ' ' ? length - 1 : length;
    }

    /// <summary>Digits only, for phone matching that ignores formatting.</summary>
    public static string Digits(string value) => string.Concat(value.Where(char.IsAsciiDigit));
}
