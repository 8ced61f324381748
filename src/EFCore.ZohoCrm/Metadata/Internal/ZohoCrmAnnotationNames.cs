namespace EFCore.ZohoCrm.Metadata.Internal;

/// <summary>Names of the model annotations the provider defines. Internal API.</summary>
public static class ZohoCrmAnnotationNames
{
    /// <summary>The prefix of every provider annotation.</summary>
    public const string Prefix = "ZohoCrm:";

    /// <summary>The option values of a picklist or multi-select picklist field (a <see cref="string"/> array).</summary>
    public const string PicklistValues = Prefix + "PicklistValues";
}
