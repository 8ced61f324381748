using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// One Zoho CRM write call: up to <c>MaxBatchSize</c> (at most 100) records of one module, all inserted, all
/// updated or all deleted, which is what one insert/update/delete request of the record API carries. Internal API.
/// </summary>
public class ZohoCrmModificationCommandBatch : ModificationCommandBatch
{
    private readonly List<IReadOnlyModificationCommand> _commands = [];
    private readonly int _maxBatchSize;
    private bool _moreBatchesExpected;

    public ZohoCrmModificationCommandBatch(ModificationCommandBatchFactoryDependencies dependencies, int maxBatchSize)
    {
        Dependencies = dependencies;
        _maxBatchSize = maxBatchSize;
    }

    protected virtual ModificationCommandBatchFactoryDependencies Dependencies { get; }

    public override IReadOnlyList<IReadOnlyModificationCommand> ModificationCommands => _commands;

    // Each call is atomic per record at most; there is nothing a transaction could wrap.
    public override bool RequiresTransaction => false;

    public override bool AreMoreBatchesExpected => _moreBatchesExpected;

    public override bool TryAddCommand(IReadOnlyModificationCommand modificationCommand)
    {
        if (_commands.Count >= _maxBatchSize)
        {
            return false;
        }

        if (_commands.Count > 0
            && (!string.Equals(_commands[0].TableName, modificationCommand.TableName, StringComparison.Ordinal)
                || _commands[0].EntityState != modificationCommand.EntityState))
        {
            return false;
        }

        _commands.Add(modificationCommand);
        return true;
    }

    public override void Complete(bool moreBatchesExpected) => _moreBatchesExpected = moreBatchesExpected;

    public override void Execute(IRelationalConnection connection) =>
        throw new NotSupportedException(ZohoCrmStrings.WritesNotAvailable(_commands.Count, _commands.FirstOrDefault()?.TableName ?? ""));

    public override Task ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.WritesNotAvailable(_commands.Count, _commands.FirstOrDefault()?.TableName ?? ""));
}
