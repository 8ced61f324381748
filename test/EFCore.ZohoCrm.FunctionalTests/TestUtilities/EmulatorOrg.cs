using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore.Metadata;
using ZohoCrm.Emulator;

namespace EFCore.ZohoCrm.FunctionalTests;

/// <summary>
/// One emulator for the test run (127.0.0.1, real OAuth refresh and HTTP), the oracle data read from its record
/// store (independent of the provider), and its request log for counting API calls.
/// </summary>
[SetUpFixture]
public sealed class EmulatorOrg
{
    private static ZohoCrmEmulator? _emulator;
    private static readonly HttpClient Admin = new();

    public static ZohoCrmEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not running.");

    public static string ConnectionString { get; private set; } = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 2_000 });
        ConnectionString = "InitiateOAuth=REFRESH;OAuthClientId=" + _emulator.ClientId + ";OAuthClientSecret=" + _emulator.ClientSecret
            + ";OAuthRefreshToken=" + _emulator.RefreshToken + ";AccountsServer=" + _emulator.BaseUrl + ";ApiDomain=" + _emulator.BaseUrl;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Admin.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    public static CrmContext CreateContext() => new(ConnectionString);

    /// <summary>The records of a module as entities, built from the emulator's store through the EF model's column names.</summary>
    public static List<T> Expected<T>()
        where T : class, new()
    {
        using var context = CreateContext();
        var entityType = context.Model.FindEntityType(typeof(T))!;
        var module = entityType.GetTableName()!;
        var result = new List<T>();
        foreach (var record in Emulator.Domain.Records.Scan(module))
        {
            var entity = new T();
            foreach (var property in entityType.GetProperties())
            {
                var value = property.GetColumnName() == "id" ? record.Id : record[property.GetColumnName()];
                property.PropertyInfo!.SetValue(entity, Convert(value, property.ClrType));
            }

            result.Add(entity);
        }

        return result;
    }

    private static object? Convert(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null,
            string[] values when target == typeof(List<string>) => values.ToList(),
            _ when target.IsInstanceOfType(value) => value,
            IConvertible convertible => convertible.ToType(target, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"Cannot convert {value.GetType()} to {type}."),
        };
    }

    /// <summary>Moves the emulator's clock forward, so a later write gets a later Modified_Time.</summary>
    public static async Task AdvanceClockAsync(int seconds)
    {
        using var response = await Admin.PostAsync(Emulator.BaseUrl + "/_emulator/clock/advance?seconds=" + seconds, null);
        response.EnsureSuccessStatusCode();
    }

    public static async Task<long> LastRequestSeqAsync() => (await RequestsAfterAsync(0)).Select(r => r.Seq).DefaultIfEmpty(0).Max();

    /// <summary>The API calls (token calls excluded) after a sequence number.</summary>
    public static async Task<IReadOnlyList<LoggedRequest>> ApiCallsAfterAsync(long seq) =>
        (await RequestsAfterAsync(seq)).Where(r => r.Path.StartsWith("/crm/", StringComparison.Ordinal)).ToList();

    private static async Task<List<LoggedRequest>> RequestsAfterAsync(long seq) =>
        await Admin.GetFromJsonAsync<List<LoggedRequest>>(Emulator.BaseUrl + "/_emulator/requests?after=" + seq) ?? [];

    public sealed record LoggedRequest(
        [property: JsonPropertyName("seq")] long Seq,
        [property: JsonPropertyName("method")] string Method,
        [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("status")] int Status);
}
