using System.Text;

namespace ZohoCrm.Emulator.Domain.Search;

/// <summary>
/// Search's loose text matching: case-insensitive, with <c>{ } [ ] ^ : - / ! ? * _ @</c> and whitespace treated
/// alike, so <c>sales-team@x</c> finds <c>sales_team@x</c>.
/// </summary>
internal static class SearchText
{
    public static string Loose(string value)
    {
        var builder = new StringBuilder(value.Length);
        var lastWasSeparator = true;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c is '{' or '}' or '[' or ']' or '^' or ':' or '-' or '/' or '!' or '?' or '*' or '_' or '@')
            {
                if (!lastWasSeparator)
                {
                    builder.Append(' ');
                    lastWasSeparator = true;
                }

                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSeparator = false;
        }

        if (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>Digits only, for phone matching that ignores formatting.</summary>
    public static string Digits(string value) => string.Concat(value.Where(char.IsAsciiDigit));
}
