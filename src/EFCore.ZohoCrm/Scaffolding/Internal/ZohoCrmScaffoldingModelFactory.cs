using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding.Internal;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;

#pragma warning disable EF1001 // The scaffolder's model factory is internal API.

namespace EFCore.ZohoCrm.Scaffolding.Internal;

/// <summary>
/// EF's scaffolding model factory with class names that compile everywhere: a module whose singular name is a type
/// the generated code or implicit usings bring into scope (<c>Tasks</c> would be <c>Task</c>, which hides
/// <c>System.Threading.Tasks.Task</c> and breaks compiled models) gets a <c>Crm</c> prefix (<c>CrmTask</c>, mapped to
/// <c>Tasks</c>), and owner and user lookups get a navigation to the provider's <see cref="ZohoCrmUser"/>
/// (<c>OwnerId</c> and <c>Owner</c>), which <see cref="ZohoCrmUserModelCodeGenerator"/> keeps out of the generated
/// files: users are not a module. Internal API.
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

    private readonly ICandidateNamingService _candidateNamingService;

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
        _candidateNamingService = candidateNamingService;
    }

    /// <summary>The name of the entity type that stands for <see cref="ZohoCrmUser"/> in the scaffolded model.</summary>
    public static readonly string UserEntityTypeName = nameof(ZohoCrmUser);

    /// <inheritdoc />
    protected override ModelBuilder VisitDatabaseModel(ModelBuilder modelBuilder, DatabaseModel databaseModel)
    {
        modelBuilder = base.VisitDatabaseModel(modelBuilder, databaseModel);
        AddUserNavigations(modelBuilder.Model);
        return modelBuilder;
    }

    /// <summary>
    /// Points every owner and user lookup (<c>ownerlookup</c>, <c>userlookup</c>) to a <see cref="ZohoCrmUser"/>
    /// stand-in keyed by <c>Id</c>, with a navigation named after the lookup (<c>Owner</c>, <c>CreatedBy</c>) and no
    /// inverse: the generated <c>HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId)</c> is what the
    /// provider's user-lookup convention expects.
    /// </summary>
    protected virtual void AddUserNavigations(IMutableModel model)
    {
        var lookups = model.GetEntityTypes()
            .SelectMany(e => e.GetDeclaredProperties())
            .Where(p => p.GetColumnType() is ZohoCrmStoreTypes.OwnerLookup or ZohoCrmStoreTypes.UserLookup
                && !p.IsPrimaryKey() && !p.IsForeignKey())
            .ToList();
        if (lookups.Count == 0)
        {
            return;
        }

        var user = model.AddEntityType(UserEntityTypeName);
        var userKey = user.SetPrimaryKey(user.AddProperty(nameof(ZohoCrmUser.Id), typeof(long)))!;
        foreach (var lookup in lookups)
        {
            var dependent = lookup.DeclaringType.ContainingEntityType;
            var foreignKey = dependent.AddForeignKey(lookup, userKey, user);
            var name = _candidateNamingService.GetDependentEndCandidateNavigationPropertyName(foreignKey);
            if (dependent.FindMember(name) is not null || name == dependent.ShortName())
            {
                name += "User";
            }

            foreignKey.SetDependentToPrincipal(name);
        }
    }

    /// <inheritdoc />
    protected override string GetEntityTypeName(DatabaseTable table)
    {
        var name = base.GetEntityTypeName(table);
        return ReservedTypeNames.Contains(name) ? ReservedTypeNamePrefix + name : name;
    }
}
