using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Scaffolding.Internal;

#pragma warning disable EF1001 // EF's model code generator selector is internal API.

namespace EFCore.ZohoCrm.Scaffolding.Internal;

/// <summary>
/// Selects EF's model code generator (C# or the project's T4 templates) and wraps it in a
/// <see cref="ZohoCrmUserModelCodeGenerator"/>. Internal API.
/// </summary>
public class ZohoCrmModelCodeGeneratorSelector : IModelCodeGeneratorSelector
{
    private readonly ModelCodeGeneratorSelector _efSelector;

    /// <summary>Creates the service; Entity Framework Core resolves it from the design-time services. Internal API.</summary>
    public ZohoCrmModelCodeGeneratorSelector(IEnumerable<IModelCodeGenerator> generators)
    {
        _efSelector = new ModelCodeGeneratorSelector(generators);
    }

    /// <inheritdoc />
    [Obsolete("Use Select(ModelCodeGenerationOptions) instead.")]
    public virtual IModelCodeGenerator Select(string? language) => new ZohoCrmUserModelCodeGenerator(_efSelector.Select(language));

    /// <inheritdoc />
    public virtual IModelCodeGenerator Select(ModelCodeGenerationOptions options) => new ZohoCrmUserModelCodeGenerator(_efSelector.Select(options));
}

/// <summary>
/// Keeps the <see cref="ZohoCrmUser"/> stand-in of the scaffolded model out of the generated code: the provider
/// already has the type, and users are not a module a context can query as a set. The generated code keeps only the
/// navigations to it, so the entity files that use it import its namespace, its own file is dropped and so is the
/// context's <c>DbSet</c> of it. Internal API.
/// </summary>
public class ZohoCrmUserModelCodeGenerator : IModelCodeGenerator
{
    private static readonly string UserType = ZohoCrmScaffoldingModelFactory.UserEntityTypeName;
    private static readonly string UserUsing = "using " + typeof(ZohoCrmUser).Namespace + ";";

    private readonly IModelCodeGenerator _generator;

    /// <summary>Creates the service; Entity Framework Core resolves it from the design-time services. Internal API.</summary>
    public ZohoCrmUserModelCodeGenerator(IModelCodeGenerator generator)
    {
        _generator = generator;
    }

    /// <inheritdoc />
    public virtual string? Language => _generator.Language;

    /// <inheritdoc />
    public virtual ScaffoldedModel GenerateModel(IModel model, ModelCodeGenerationOptions options)
    {
        var scaffolded = _generator.GenerateModel(model, options);
        if (model.FindEntityType(UserType) is null)
        {
            return scaffolded;
        }

        var result = new ScaffoldedModel { ContextFile = new ScaffoldedFile(scaffolded.ContextFile.Path, WithoutUserSet(scaffolded.ContextFile.Code)) };
        foreach (var file in scaffolded.AdditionalFiles)
        {
            if (!string.Equals(Path.GetFileNameWithoutExtension(file.Path), UserType, StringComparison.Ordinal))
            {
                result.AdditionalFiles.Add(new ScaffoldedFile(file.Path, WithUserUsing(file.Code)));
            }
        }

        return result;
    }

    // The context's "public virtual DbSet<ZohoCrmUser> ... { get; set; }" and the blank line after it.
    private static string WithoutUserSet(string code)
    {
        var lines = code.Split('\n').ToList();
        var index = lines.FindIndex(l => l.Contains("DbSet<" + UserType + ">", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines.RemoveAt(index);
            if (index < lines.Count && lines[index].Trim().Length == 0)
            {
                lines.RemoveAt(index);
            }
        }

        return string.Join('\n', lines);
    }

    // A navigation "public virtual ZohoCrmUser? Owner" needs the provider's namespace, which EF's templates do not import.
    private static string WithUserUsing(string code)
    {
        if (!code.Contains(" " + UserType + "?", StringComparison.Ordinal) && !code.Contains(" " + UserType + " ", StringComparison.Ordinal))
        {
            return code;
        }

        var lines = code.Split('\n').ToList();
        if (lines.Any(l => l.TrimEnd('\r') == UserUsing))
        {
            return code;
        }

        var lastUsing = lines.FindLastIndex(l => l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith(';'));
        var newline = lastUsing >= 0 && lines[lastUsing].EndsWith('\r') ? UserUsing + "\r" : UserUsing;
        lines.Insert(lastUsing + 1, newline);
        return string.Join('\n', lines);
    }
}
