using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EFCore.ZohoCrm.Metadata.Internal;

/// <summary>
/// Zoho CRM users as the model sees them: entity types mapped to <c>users</c>, which owner and user lookups point to.
/// COQL reaches users only through those lookups, with Zoho's lower-case user keys (<c>Owner.first_name</c>). Internal API.
/// </summary>
internal static class ZohoCrmUserTable
{
    /// <summary>The table name of user entity types; COQL has no module of this name.</summary>
    public const string Name = "users";

    /// <summary>The record owner, set to the creating user when an insert does not name one.</summary>
    public const string OwnerField = "Owner";

    /// <summary>The owner lookups every module has; other lookups to users are user lookups.</summary>
    public static readonly IReadOnlySet<string> OwnerLookupFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Owner", "Created_By", "Modified_By",
    };

    /// <summary>Whether a table name is the users table.</summary>
    public static bool IsUserTable(string? tableName) => string.Equals(tableName, Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an entity type is mapped to the users table.</summary>
    public static bool IsUserEntityType(IReadOnlyEntityType entityType) => IsUserTable(entityType.GetTableName());

    /// <summary>
    /// Zoho's key for a user property: lower case with underscores between words (<c>FirstName</c> and
    /// <c>First_Name</c> are both <c>first_name</c>).
    /// </summary>
    public static string UserKey(string propertyName)
    {
        var key = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(propertyName[i - 1]) || char.IsDigit(propertyName[i - 1])))
            {
                key.Append('_');
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }
}
