using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Design.Internal;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Metadata;

#pragma warning disable EF1001 // IOperationReporter is EF's design-time reporter; it is internal API.

namespace EFCore.ZohoCrm.Scaffolding.Internal;

/// <summary>
/// Reads what the scaffolder needs from Zoho CRM: the module list (one call), then the fields of each chosen module
/// (one call per module, several at a time within the connection's MaxConcurrency). Internal API.
/// </summary>
internal static class ZohoCrmScaffoldingMetadataReader
{
    // Module kinds COQL queries as modules; linking, subform, web-tab and field-tracker modules it does not.
    private static readonly HashSet<string> QueryableGeneratedTypes = new(StringComparer.OrdinalIgnoreCase) { "default", "custom" };

    /// <summary>
    /// The modules to scaffold with their fields: those named in <paramref name="moduleNames"/> (API names, any case),
    /// or every module COQL can query when it is empty. Names not found are reported as warnings.
    /// </summary>
    public static async Task<IReadOnlyList<ZohoCrmModuleMetadata>> ReadAsync(
        ZohoCrmApiClient api,
        IReadOnlyCollection<string> moduleNames,
        int maxConcurrency,
        IOperationReporter reporter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(moduleNames);
        ArgumentNullException.ThrowIfNull(reporter);

        var queryable = (await api.GetModulesAsync(cancellationToken).ConfigureAwait(false)).Where(IsQueryable).ToList();
        var chosen = queryable;
        if (moduleNames.Count > 0)
        {
            var byName = queryable.ToDictionary(m => m.ApiName, StringComparer.OrdinalIgnoreCase);
            chosen = [];
            foreach (var name in moduleNames.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (byName.TryGetValue(name, out var module))
                {
                    chosen.Add(module);
                }
                else
                {
                    reporter.WriteWarning(ZohoCrmStrings.ScaffoldModuleNotFound(name, string.Join(", ", queryable.Select(m => m.ApiName))));
                }
            }
        }

        var withFields = new ZohoCrmModuleMetadata[chosen.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, chosen.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxConcurrency), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var fields = await api.GetFieldsAsync(chosen[i].ApiName, ct).ConfigureAwait(false);
                withFields[i] = chosen[i] with { Fields = fields };
            }).ConfigureAwait(false);
        return withFields;
    }

    private static bool IsQueryable(ZohoCrmModuleMetadata module) =>
        module.ApiSupported
        && (module.GeneratedType is null || QueryableGeneratedTypes.Contains(module.GeneratedType))
        && !ZohoCrmUserTable.IsUserTable(module.ApiName);
}
