using System.Data.Common;
using System.Globalization;
using System.Text;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Benchmarks.EndToEnd;

/// <summary>(b) ZohoCrm.Data's ADO.NET API: the dialect's text through <see cref="ZohoCrmCommand"/>, rows mapped by typed getters.</summary>
public sealed class AdoNetVariant(ZohoCrmDataSource dataSource) : E2eVariant
{
    private const string SelectLeads = "SELECT " + LeadColumns + ", id FROM Leads";

    public override Task<int> PointLookupAsync(long id) =>
        QueryLeadsAsync(SelectLeads + " WHERE id = @id", ("id", id));

    public override Task<int> FilteredPageAsync() =>
        QueryLeadsAsync(SelectLeads + " WHERE Lead_Status = 'Contacted' ORDER BY Last_Name LIMIT 10");

    public override Task<int> ReadLeadsAsync(int count) =>
        QueryLeadsAsync(SelectLeads + " ORDER BY id LIMIT " + count.ToString(CultureInfo.InvariantCulture));

    public override Task<int> StreamLeadsAsync(int count) =>
        QueryLeadsAsync(SelectLeads + " ORDER BY id LIMIT " + count.ToString(CultureInfo.InvariantCulture), keep: false);

    public override async Task<int> CountAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new ZohoCrmCommand("SELECT COUNT(*) FROM Leads WHERE Lead_Status = 'Contacted'", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) >= 0 ? 1 : 0;
    }

    public override async Task<int> GroupByAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new ZohoCrmCommand("SELECT Lead_Status, COUNT(*) FROM Leads GROUP BY Lead_Status", connection);
        var groups = new List<(string?, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            groups.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1)));
        }

        return groups.Count;
    }

    public override async Task<int> IncludeAccountAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new ZohoCrmCommand(
            "SELECT " + ContactColumns + ", Account_Name.Account_Name, id FROM Contacts ORDER BY id LIMIT 1000", connection);
        var contacts = new List<E2eContact>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var contact = new E2eContact
            {
                Id = reader.GetInt64(reader.GetOrdinal("id")),
                Last_Name = reader.GetString(0),
                Email = reader.IsDBNull(1) ? null : reader.GetString(1),
                Description = reader.IsDBNull(2) ? null : reader.GetString(2),
                AccountId = reader.IsDBNull(3) ? null : reader.GetInt64(3),
            };
            if (contact.AccountId is { } accountId)
            {
                contact.Account = new E2eAccount { Id = accountId, Account_Name = reader.GetString(4) };
            }

            contacts.Add(contact);
        }

        return contacts.Count;
    }

    public override async Task<int> InsertAsync(string tag)
    {
        var text = new StringBuilder("INSERT INTO Leads (Last_Name, Company) VALUES ");
        text.AppendJoin(", ", NewLeads(tag).Select(l => "('" + l.LastName + "', '" + l.Company + "')"));
        await using var connection = await OpenAsync();
        await using var command = new ZohoCrmCommand(text.ToString(), connection);
        return await command.ExecuteNonQueryAsync();
    }

    public override async Task<int> UpdateAsync(IReadOnlyList<long> ids, string value)
    {
        await using var connection = await OpenAsync();
        await using var command = new ZohoCrmCommand("UPDATE Leads SET Designation = @value WHERE id IN (@ids)", connection);
        command.Parameters.Add(new ZohoCrmParameter("value", value));
        command.Parameters.Add(new ZohoCrmParameter("ids", ids.ToArray()));
        return await command.ExecuteNonQueryAsync();
    }

    public override async Task<int> IncludeContactsAsync()
    {
        await using var connection = await OpenAsync();
        var accounts = new Dictionary<long, E2eAccount>();
        await using (var command = new ZohoCrmCommand("SELECT Account_Name, id FROM Accounts", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var id = reader.GetOrdinal("id");
            while (await reader.ReadAsync())
            {
                var account = new E2eAccount { Id = reader.GetInt64(id), Account_Name = reader.GetString(0) };
                accounts.Add(account.Id, account);
            }
        }

        var contacts = 0;
        await using (var command = new ZohoCrmCommand("SELECT " + ContactColumns + ", id FROM Contacts WHERE Account_Name IS NOT NULL", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var id = reader.GetOrdinal("id");
            while (await reader.ReadAsync())
            {
                if (accounts.TryGetValue(reader.GetInt64(3), out var account))
                {
                    var contact = ReadContact(reader, id);
                    contact.Account = account;
                    account.Contacts.Add(contact);
                    contacts++;
                }
            }
        }

        return accounts.Count + contacts;
    }

    public override async Task<int> SearchAsync(string description)
    {
        await using var connection = await OpenAsync();
        await using var command = new ZohoCrmCommand("SELECT " + ContactColumns + ", id FROM Contacts WHERE Description = @description", connection);
        command.Parameters.Add(new ZohoCrmParameter("description", description));
        var contacts = new List<E2eContact>();
        await using var reader = await command.ExecuteReaderAsync();
        var id = reader.GetOrdinal("id");
        while (await reader.ReadAsync())
        {
            contacts.Add(ReadContact(reader, id));
        }

        return contacts.Count;
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static E2eContact ReadContact(DbDataReader reader, int id) => new()
    {
        Id = reader.GetInt64(id),
        Last_Name = reader.GetString(0),
        Email = reader.IsDBNull(1) ? null : reader.GetString(1),
        Description = reader.IsDBNull(2) ? null : reader.GetString(2),
        AccountId = reader.IsDBNull(3) ? null : reader.GetInt64(3),
    };

    private async Task<ZohoCrmConnection> OpenAsync()
    {
        var connection = new ZohoCrmConnection(dataSource);
        await connection.OpenAsync();
        return connection;
    }

    private Task<int> QueryLeadsAsync(string text, params (string Name, object Value)[] parameters) => QueryLeadsAsync(text, keep: true, parameters);

    private async Task<int> QueryLeadsAsync(string text, bool keep, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new ZohoCrmCommand(text, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new ZohoCrmParameter(name, value));
        }

        var leads = new List<E2eLead>();
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        var id = reader.GetOrdinal("id");
        while (await reader.ReadAsync())
        {
            var lead = ReadLead(reader, id);
            rows++;
            if (keep)
            {
                leads.Add(lead);
            }
        }

        return rows;
    }

    private static E2eLead ReadLead(DbDataReader reader, int id) => new()
    {
        Id = reader.GetInt64(id),
        Last_Name = reader.GetString(0),
        First_Name = reader.IsDBNull(1) ? null : reader.GetString(1),
        Company = reader.IsDBNull(2) ? null : reader.GetString(2),
        Email = reader.IsDBNull(3) ? null : reader.GetString(3),
        Lead_Status = reader.IsDBNull(4) ? null : reader.GetString(4),
        Designation = reader.IsDBNull(5) ? null : reader.GetString(5),
        Annual_Revenue = reader.IsDBNull(6) ? null : reader.GetDecimal(6),
    };
}
