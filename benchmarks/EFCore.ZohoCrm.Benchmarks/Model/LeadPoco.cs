namespace EFCore.ZohoCrm.Benchmarks.Model;

/// <summary>Zoho's COQL response body as a user would declare it for Newtonsoft.</summary>
public sealed class CoqlResponse<T>
{
    public List<T> Data { get; set; } = [];

    public CoqlInfo? Info { get; set; }
}

/// <summary>The <c>info</c> object of a COQL response.</summary>
public sealed class CoqlInfo
{
    public int Count { get; set; }

    [Newtonsoft.Json.JsonProperty("more_records")]
    public bool MoreRecords { get; set; }
}

/// <summary>A lookup as Zoho writes it: <c>{"name": ..., "id": "..."}</c>.</summary>
public sealed class LookupPoco
{
    public string? Name { get; set; }

    public long Id { get; set; }
}

/// <summary>The same twelve fields as <see cref="Lead"/>, shaped like the JSON.</summary>
public sealed class LeadPoco
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

    public LookupPoco? Owner { get; set; }
}
