using EFCore.ZohoCrm.Update;
using EFCore.ZohoCrm.Update.Internal;

// ReSharper disable once CheckNamespace
namespace Microsoft.EntityFrameworkCore;

/// <summary>Zoho CRM specific members of <see cref="DbUpdateException"/>.</summary>
public static class ZohoCrmDbUpdateExceptionExtensions
{
    /// <summary>
    /// Each entity of <see cref="DbUpdateException.Entries"/> with what happened to it in Zoho CRM (refused with Zoho's
    /// code, message and the property at fault; not found; changed since read; not written; unknown); empty for an
    /// exception the Zoho CRM provider did not throw.
    /// </summary>
    public static IReadOnlyList<ZohoCrmWriteFailure> GetZohoCrmWriteFailures(this DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ZohoCrmWriteFailures.Of(exception);
    }
}
