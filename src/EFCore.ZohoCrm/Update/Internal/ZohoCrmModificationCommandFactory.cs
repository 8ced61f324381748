using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Update;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// Creates the commands of SaveChanges, refusing any write of a Zoho CRM user: users are read through lookups and
/// changed only in Zoho's setup. SaveChanges creates every command before it sends the first batch, so the refusal
/// comes before anything is written. Internal API.
/// </summary>
public class ZohoCrmModificationCommandFactory : IModificationCommandFactory
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual IModificationCommand CreateModificationCommand(in ModificationCommandParameters modificationCommandParameters) =>
        ZohoCrmUserTable.IsUserTable(modificationCommandParameters.TableName)
            ? new UserModificationCommand(modificationCommandParameters)
            : new ModificationCommand(modificationCommandParameters);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual INonTrackedModificationCommand CreateNonTrackedModificationCommand(
        in NonTrackedModificationCommandParameters modificationCommandParameters) =>
        new ModificationCommand(modificationCommandParameters);

    private sealed class UserModificationCommand(in ModificationCommandParameters parameters) : ModificationCommand(parameters)
    {
        public override void AddEntry(IUpdateEntry entry, bool mainEntry) =>
            throw new InvalidOperationException(ZohoCrmStrings.UsersNotWritable(entry.EntityType.DisplayName(), entry.EntityState switch
            {
                EntityState.Added => "insert",
                EntityState.Deleted => "delete",
                _ => "update",
            }));
    }
}
