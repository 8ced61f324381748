using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Scaffolding.Internal;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;

#pragma warning disable EF1001 // The scaffolder's model factory is internal API.

namespace EFCore.ZohoCrm.Scaffolding.Internal;

/// <summary>
/// EF's scaffolding model factory with class names that compile everywhere: a module whose singular name is a type
/// the generated code or implicit usings bring into scope (<c>Tasks</c> would be <c>Task</c>, which hides
/// <c>System.Threading.Tasks.Task</c> and breaks compiled models) gets a <c>Crm</c> prefix (<c>CrmTask</c>, mapped to
/// <c>Tasks</c>). Internal API.
/// </summary>
public class ZohoCrmScaffoldingModelFactory : RelationalScaffoldingModelFactory
{
    /// <summary>
    /// Type names of the namespaces that implicit usings, the generated context and compiled models import, and module
    /// names Zoho orgs commonly have that are well-known .NET types.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedTypeNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Task", "Event", "Call", "Note", "Attachment", "Action", "Activity", "Thread", "Timer", "Monitor", "Lazy",
        "File", "Path", "Directory", "Stream", "Type", "Attribute", "Exception", "Enum", "Delegate", "Object", "String",
        "Math", "Console", "Environment", "Array", "Buffer", "Tuple", "Version", "Uri", "Guid", "Index", "Range",
        "Module", "Assembly",
    };

    /// <summary>The prefix that makes a reserved class name safe (<c>CrmTask</c>).</summary>
    public const string ReservedTypeNamePrefix = "Crm";

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmScaffoldingModelFactory(
        IOperationReporter reporter,
        ICandidateNamingService candidateNamingService,
        IPluralizer pluralizer,
        ICSharpUtilities cSharpUtilities,
        IScaffoldingTypeMapper scaffoldingTypeMapper,
        IModelRuntimeInitializer modelRuntimeInitializer)
        : base(reporter, candidateNamingService, pluralizer, cSharpUtilities, scaffoldingTypeMapper, modelRuntimeInitializer)
    {
    }

    /// <inheritdoc />
    protected override string GetEntityTypeName(DatabaseTable table)
    {
        var name = base.GetEntityTypeName(table);
        return ReservedTypeNames.Contains(name) ? ReservedTypeNamePrefix + name : name;
    }
}
