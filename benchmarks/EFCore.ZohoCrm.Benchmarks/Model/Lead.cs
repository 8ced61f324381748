using System.ComponentModel.DataAnnotations.Schema;

namespace EFCore.ZohoCrm.Benchmarks.Model;

/// <summary>A Lead with twelve typed fields, mapped as a user would map it.</summary>
[Table("Leads")]
public class Lead
{
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    public string? First_Name { get; set; }

    public string? Company { get; set; }

    public string? Email { get; set; }

    public string? Lead_Status { get; set; }

    public int? No_of_Employees { get; set; }

    public decimal? Annual_Revenue { get; set; }

    public bool Email_Opt_Out { get; set; }

    public DateTimeOffset Created_Time { get; set; }

    public DateOnly? Preferred_Contact_Date { get; set; }

    public List<string>? Languages_Spoken { get; set; }

    [Column("Owner")]
    public long OwnerId { get; set; }
}
