using System.Data.Common;

namespace EFCore.ZohoCrm.Benchmarks.Model;

/// <summary>A hand-written mapper over ZohoCrmDataReader with typed getters: what ADO.NET alone costs.</summary>
public static class LeadReader
{
    public static async Task<List<Lead>> ReadAllAsync(DbDataReader reader)
    {
        var leads = new List<Lead>();
        var o = new Ordinals(reader);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            leads.Add(Read(reader, o));
        }

        return leads;
    }

    public static List<Lead> ReadAll(DbDataReader reader)
    {
        var leads = new List<Lead>();
        var o = new Ordinals(reader);
        while (reader.Read())
        {
            leads.Add(Read(reader, o));
        }

        return leads;
    }

    private static Lead Read(DbDataReader reader, Ordinals o) => new()
    {
        Id = reader.GetInt64(o.Id),
        Last_Name = reader.GetString(o.LastName),
        First_Name = reader.IsDBNull(o.FirstName) ? null : reader.GetString(o.FirstName),
        Company = reader.IsDBNull(o.Company) ? null : reader.GetString(o.Company),
        Email = reader.IsDBNull(o.Email) ? null : reader.GetString(o.Email),
        Lead_Status = reader.IsDBNull(o.LeadStatus) ? null : reader.GetString(o.LeadStatus),
        No_of_Employees = reader.IsDBNull(o.Employees) ? null : reader.GetInt32(o.Employees),
        Annual_Revenue = reader.IsDBNull(o.Revenue) ? null : reader.GetDecimal(o.Revenue),
        Email_Opt_Out = reader.GetBoolean(o.OptOut),
        Created_Time = reader.GetFieldValue<DateTimeOffset>(o.Created),
        Preferred_Contact_Date = reader.IsDBNull(o.ContactDate) ? null : reader.GetFieldValue<DateOnly>(o.ContactDate),
        Languages_Spoken = reader.IsDBNull(o.Languages) ? null : reader.GetFieldValue<List<string>>(o.Languages),
        OwnerId = reader.GetInt64(o.Owner),
    };

    private sealed class Ordinals(DbDataReader reader)
    {
        public readonly int Id = reader.GetOrdinal("id");
        public readonly int LastName = reader.GetOrdinal("Last_Name");
        public readonly int FirstName = reader.GetOrdinal("First_Name");
        public readonly int Company = reader.GetOrdinal("Company");
        public readonly int Email = reader.GetOrdinal("Email");
        public readonly int LeadStatus = reader.GetOrdinal("Lead_Status");
        public readonly int Employees = reader.GetOrdinal("No_of_Employees");
        public readonly int Revenue = reader.GetOrdinal("Annual_Revenue");
        public readonly int OptOut = reader.GetOrdinal("Email_Opt_Out");
        public readonly int Created = reader.GetOrdinal("Created_Time");
        public readonly int ContactDate = reader.GetOrdinal("Preferred_Contact_Date");
        public readonly int Languages = reader.GetOrdinal("Languages_Spoken");
        public readonly int Owner = reader.GetOrdinal("Owner");
    }
}
