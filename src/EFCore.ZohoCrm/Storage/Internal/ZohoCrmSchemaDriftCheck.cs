using System.Runtime.CompilerServices;
using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// Checks a model against the org's live metadata once (per model, so once per context type): the first connection
/// a context opens runs <see cref="ZohoCrmSchemaComparer"/>, later ones reuse its answer. A mismatch is an
/// <see cref="InvalidOperationException"/> or a <see cref="ZohoCrmEventId.SchemaDriftWarning"/>, as the options say;
/// a check that could not read the metadata is tried again next time. Internal API.
/// </summary>
internal static class ZohoCrmSchemaDriftCheck
{
    private static readonly ConditionalWeakTable<IModel, Task<IReadOnlyList<string>>> Results = new();
    private static readonly ConditionalWeakTable<IModel, object> Warned = new();

    public static async Task RunAsync(
        DbContext context, ZohoCrmConnection connection, ZohoCrmSchemaCheck mode,
        IDiagnosticsLogger<DbLoggerCategory.Model> logger, CancellationToken cancellationToken)
    {
        if (mode == ZohoCrmSchemaCheck.Off)
        {
            return;
        }

        var model = context.Model;
        var comparison = Results.GetValue(model, m => ZohoCrmSchemaComparer.CompareAsync(m, connection, CancellationToken.None));
        IReadOnlyList<string> mismatches;
        try
        {
            mismatches = await comparison.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (comparison.IsFaulted || comparison.IsCanceled)
        {
            Results.Remove(model); // Not an answer: the next connection checks again.
            throw;
        }

        if (mismatches.Count == 0)
        {
            return;
        }

        var contextType = context.GetType().Name;
        if (mode == ZohoCrmSchemaCheck.Error)
        {
            throw new InvalidOperationException(ZohoCrmStrings.SchemaDrift(contextType, mismatches));
        }

        lock (Warned)
        {
            if (Warned.TryGetValue(model, out _))
            {
                return; // Warned once for this model already.
            }

            Warned.Add(model, contextType);
        }

        var text = string.Join(" ", mismatches);
        var definition = ZohoCrmStrings.LogSchemaDrift(logger);
        if (logger.ShouldLog(definition))
        {
            definition.Log(logger, contextType, text);
        }

        // LogTo and DiagnosticListener subscribers get the event through event data.
        if (logger.NeedsEventData(definition, out var diagnosticSourceEnabled, out var simpleLogEnabled))
        {
            var eventData = new EventData(definition, (d, _) => ((EventDefinition<string, string>)d).GenerateMessage(contextType, text));
            logger.DispatchEventData(definition, eventData, diagnosticSourceEnabled, simpleLogEnabled);
        }
    }
}
