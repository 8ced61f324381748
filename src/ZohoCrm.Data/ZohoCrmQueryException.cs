using ZohoCrm.Data.Coql;

namespace ZohoCrm.Data;

/// <summary>
/// A query the provider rejects before calling Zoho: a syntax error in the COQL dialect, an unknown module or field,
/// a parameter that is missing or of the wrong type, or a predicate Zoho cannot evaluate. The message names what is
/// wrong and says what to write instead.
/// </summary>
public class ZohoCrmQueryException : ZohoCrmException
{
    /// <summary>Creates the exception.</summary>
    public ZohoCrmQueryException(string message, int? position = null, Exception? innerException = null)
        : base(message, code: null, statusCode: null, details: null, isTransient: false, innerException: innerException)
    {
        Position = position;
    }

    /// <summary>Creates the exception for a query that needs work Zoho cannot do and the settings do not allow.</summary>
    public ZohoCrmQueryException(ZohoCrmCapabilityRefusal refusal, string message, Exception? innerException = null)
        : this(message, position: null, innerException)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Refusal = refusal;
    }

    /// <summary>
    /// Set when the query is valid but needs work Zoho cannot do: the reasons, and the settings that would allow it.
    /// </summary>
    public ZohoCrmCapabilityRefusal? Refusal { get; }

    /// <summary>The zero-based character offset in the command text where the problem was found, when there is one.</summary>
    public int? Position { get; }
}
