namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>A query whose root is the users table.</summary>
    public static string UsersNotQueryable(string entityType) => Format(
        "The query reads '{0}' as a set, but Zoho CRM users are not a COQL module (there is no 'FROM users'). Read users through the lookups that point to them: filter, sort or project through the navigation (l.Owner.Email) or Include it from the records that hold the lookup (explicit and lazy loading of a user navigation would query the users alone). To list users, call the Users API: GetApiClientAsync on the ZohoCrmConnection (Database.GetDbConnection()), then GetUsersAsync.", entityType);

    /// <summary>SaveChanges with an added, modified or deleted user.</summary>
    public static string UsersNotWritable(string entityType, string state) => Format(
        "SaveChanges would {1} a '{0}', but Zoho CRM users are managed in Zoho's setup, not written through the record API. To change who a record points to, set the lookup's foreign key (lead.OwnerId = userId) or attach an existing user (context.Attach(user)) before assigning the navigation: a user the context does not track (created with 'new', or read with AsNoTracking) is taken for a new one to insert.", entityType, state);
}
