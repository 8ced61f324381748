using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.Update;

/// <summary>
/// One entity a SaveChanges or upsert did not write, as <c>GetZohoCrmWriteFailures</c> lists them from the
/// <see cref="Microsoft.EntityFrameworkCore.DbUpdateException"/>: what happened to it and, when Zoho refused it, Zoho's
/// code and message and the property of the field at fault.
/// </summary>
/// <param name="Entity">The entity; its entry is among the exception's <c>Entries</c>.</param>
/// <param name="Status">
/// <see cref="ZohoCrmWriteStatus.Refused"/>: Zoho refused it (correct it, save again);
/// <see cref="ZohoCrmWriteStatus.NotFound"/> or <see cref="ZohoCrmWriteStatus.Conflict"/>: deleted, or changed since read
/// (reload it); <see cref="ZohoCrmWriteStatus.NotWritten"/>: Zoho certainly does not hold it (saving again is safe);
/// <see cref="ZohoCrmWriteStatus.Unknown"/>: the answer was lost and Zoho may hold it (look it up before saving an
/// insert again).
/// </param>
/// <param name="Code">Zoho's code (<c>MANDATORY_NOT_FOUND</c>, <c>INVALID_DATA</c>...), when Zoho answered for it.</param>
/// <param name="Message">Zoho's message, when Zoho answered for it.</param>
/// <param name="Field">The API name of the field at fault, when Zoho named one.</param>
/// <param name="Property">The name of the entity's property mapped to <paramref name="Field"/>, when it has one.</param>
public sealed record ZohoCrmWriteFailure(object Entity, ZohoCrmWriteStatus Status, string? Code, string? Message, string? Field, string? Property);
