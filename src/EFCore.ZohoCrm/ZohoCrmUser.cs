using System.ComponentModel.DataAnnotations.Schema;

namespace EFCore.ZohoCrm;

/// <summary>
/// A Zoho CRM user, the target of the owner and user lookups of every module (<c>Owner</c>, <c>Created_By</c>,
/// <c>Modified_By</c> and custom user lookups). Declare a reference navigation of this type beside the lookup's
/// <see cref="long"/> foreign key (<c>[Column("Owner")] public long? OwnerId</c>, <c>public ZohoCrmUser? Owner</c>)
/// and queries can filter, sort and project through it (<c>l.Owner!.Email</c> is COQL's <c>Owner.email</c>) and
/// <c>Include</c> it from the same COQL call.
/// </summary>
/// <remarks>
/// Users are not a COQL module: they are read only through the lookups that point to them, never queried as a set,
/// and never written by SaveChanges (assign the lookup's foreign key to change a record's owner). To read other user
/// fields, declare your own entity type mapped with <c>ToTable("users")</c>: its properties map to Zoho's lower-case
/// user keys (<c>FirstName</c> to <c>first_name</c>) the same way.
/// </remarks>
[Table("users")]
public class ZohoCrmUser
{
    /// <summary>The user id, the value the lookup fields hold.</summary>
    public long Id { get; set; }

    /// <summary>The user's first name (<c>first_name</c>).</summary>
    [Column("first_name")]
    public string? FirstName { get; set; }

    /// <summary>The user's last name (<c>last_name</c>), the display value of user lookups.</summary>
    [Column("last_name")]
    public string? LastName { get; set; }

    /// <summary>The first and last name together (<c>full_name</c>), maintained by Zoho.</summary>
    [Column("full_name")]
    public string? FullName { get; set; }

    /// <summary>The user's email address (<c>email</c>).</summary>
    [Column("email")]
    public string? Email { get; set; }

    /// <inheritdoc />
    public override string ToString() => FullName ?? LastName ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
