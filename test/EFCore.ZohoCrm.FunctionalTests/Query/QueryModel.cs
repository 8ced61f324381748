using System.ComponentModel.DataAnnotations.Schema;
using System.Data.Common;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>Deals of the emulator's org: currency, integer, date and two lookups, for aggregates and grouping.</summary>
[Table("Deals")]
public class Deal
{
    public long Id { get; set; }

    public string Deal_Name { get; set; } = "";

    public string Stage { get; set; } = "";

    public string? Type { get; set; }

    public decimal? Amount { get; set; }

    public int? Probability { get; set; }

    public DateOnly? Closing_Date { get; set; }

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public Account? Account { get; set; }

    [Column("Contact_Name")]
    public long? ContactId { get; set; }

    public Contact? Contact { get; set; }
}

/// <summary>Meetings (module Events): one datetime mapped as UTC <see cref="DateTime"/>, one as <see cref="DateTimeOffset"/>.</summary>
[Table("Events")]
public class Meeting
{
    public long Id { get; set; }

    public string Event_Title { get; set; } = "";

    public DateTime Start_DateTime { get; set; }

    public DateTimeOffset End_DateTime { get; set; }

    public bool All_day { get; set; }

    public string? Venue { get; set; }

    public DateTimeOffset? Created_Time { get; set; }
}

/// <summary>
/// The shared model plus Deals and Meetings, with the COQL of every command recorded (<see cref="CoqlCapture"/>)
/// and optional provider options (client-side filtering); on a data source instead of the connection string when one is given.
/// </summary>
public sealed class CrmQueryContext(
    string connectionString, Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptions = null, ZohoCrmDataSource? dataSource = null)
    : CrmContext(connectionString)
{
    private readonly string _connectionString = connectionString;

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public static CrmQueryContext Create(Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptions = null) =>
        new(EmulatorOrg.ConnectionString, zohoCrmOptions);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        (dataSource is null ? optionsBuilder.UseZohoCrm(_connectionString, zohoCrmOptions) : optionsBuilder.UseZohoCrm(dataSource, zohoCrmOptions))
            .AddInterceptors(CoqlCapture.Interceptor);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Deal>(deal =>
        {
            deal.Property(d => d.Stage).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            deal.Property(d => d.Type).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            deal.HasOne(d => d.Account).WithMany().HasForeignKey(d => d.AccountId);
            deal.HasOne(d => d.Contact).WithMany().HasForeignKey(d => d.ContactId);
        });
    }
}

/// <summary>
/// The COQL text of the commands a test's queries sent, in order. Recording is per async flow, so only the
/// commands of the test that started it are seen.
/// </summary>
public sealed class CoqlCapture : IDisposable
{
    private static readonly AsyncLocal<CoqlCapture?> Current = new();

    private readonly List<string> _commands = [];

    private CoqlCapture()
    {
    }

    public static IInterceptor Interceptor { get; } = new CommandTextInterceptor();

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public static CoqlCapture Start() => Current.Value = new CoqlCapture();

    public void Dispose() => Current.Value = null;

    private sealed class CommandTextInterceptor : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private static void Record(DbCommand command)
        {
            if (Current.Value is { } capture)
            {
                lock (capture._commands)
                {
                    capture._commands.Add(command.CommandText);
                }
            }
        }
    }
}

/// <summary>The oracle: the emulator's records as entities, for the same query in LINQ-to-Objects.</summary>
public static class Oracle
{
    public static List<Lead> Leads => EmulatorOrg.Expected<Lead>();

    public static List<Contact> Contacts => EmulatorOrg.Expected<Contact>();

    public static List<Account> Accounts => EmulatorOrg.Expected<Account>();

    public static List<Deal> Deals => EmulatorOrg.Expected<Deal, CrmQueryContext>(() => CrmQueryContext.Create());

    public static List<Meeting> Meetings => EmulatorOrg.Expected<Meeting, CrmQueryContext>(() => CrmQueryContext.Create());

    /// <summary>Contacts with <see cref="Contact.Account"/> (and its parent account) filled in from the store.</summary>
    public static List<Contact> ContactsWithAccounts
    {
        get
        {
            var accounts = AccountsWithParents.ToDictionary(a => a.Id);
            var contacts = Contacts;
            foreach (var contact in contacts)
            {
                contact.Account = contact.AccountId is { } id ? accounts[id] : null;
            }

            return contacts;
        }
    }

    public static List<Account> AccountsWithParents
    {
        get
        {
            var accounts = Accounts;
            var byId = accounts.ToDictionary(a => a.Id);
            foreach (var account in accounts)
            {
                account.ParentAccount = account.ParentAccountId is { } id ? byId[id] : null;
            }

            return accounts;
        }
    }

    public static List<Deal> DealsWithAccounts
    {
        get
        {
            var accounts = AccountsWithParents.ToDictionary(a => a.Id);
            var deals = Deals;
            foreach (var deal in deals)
            {
                deal.Account = deal.AccountId is { } id ? accounts[id] : null;
            }

            return deals;
        }
    }
}
