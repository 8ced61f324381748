using System.Text;

namespace ZohoCrm.Data.Coql.Evaluation;

/// <summary>
/// A parsed LIKE pattern: literal text, <c>%</c> (any run of characters) and <c>_</c> (one character), with an optional
/// escape character making the next <c>%</c>, <c>_</c> or escape literal. Matching is case-insensitive, as Zoho's.
/// </summary>
internal sealed class CoqlLikePattern
{
    public enum PartKind { Literal, AnyString, AnyChar }

    public readonly record struct Part(PartKind Kind, string Text);

    private CoqlLikePattern(IReadOnlyList<Part> parts) => Parts = parts;

    public IReadOnlyList<Part> Parts { get; }

    public static CoqlLikePattern Parse(string pattern, char? escape)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0) parts.Add(new Part(PartKind.Literal, literal.ToString()));
            literal.Clear();
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (escape is { } e && c == e && i + 1 < pattern.Length)
            {
                literal.Append(pattern[++i]);
            }
            else if (c == '%')
            {
                Flush();
                if (parts.Count == 0 || parts[^1].Kind != PartKind.AnyString) parts.Add(new Part(PartKind.AnyString, "%"));
            }
            else if (c == '_')
            {
                Flush();
                parts.Add(new Part(PartKind.AnyChar, "_"));
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush();
        return new CoqlLikePattern(parts);
    }

    /// <summary>Whether the value matches, ignoring case as Zoho's LIKE does, or with exact case.</summary>
    public bool IsMatch(string value, bool exactCase = false) =>
        Match(value, 0, 0, exactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private bool Match(string value, int position, int partIndex, StringComparison comparison)
    {
        for (var p = partIndex; p < Parts.Count; p++)
        {
            var part = Parts[p];
            switch (part.Kind)
            {
                case PartKind.Literal:
                    if (position + part.Text.Length > value.Length
                        || string.Compare(value, position, part.Text, 0, part.Text.Length, comparison) != 0)
                        return false;
                    position += part.Text.Length;
                    break;
                case PartKind.AnyChar:
                    if (position >= value.Length) return false;
                    position++;
                    break;
                default:
                    if (p == Parts.Count - 1) return true;
                    for (var start = position; start <= value.Length; start++)
                    {
                        if (Match(value, start, p + 1, comparison)) return true;
                    }

                    return false;
            }
        }

        return position == value.Length;
    }
}
