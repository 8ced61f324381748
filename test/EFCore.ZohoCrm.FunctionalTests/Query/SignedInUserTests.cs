using System.Collections.Concurrent;
using System.Web;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.OAuth;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// A pooled context acting for one signed-in user after another (<c>Database.SetZohoCrmUser</c>): one data source, one
/// EF service provider, each rent's calls with its user's token and permissions, nothing of a user left in the pool.
/// </summary>
[NonParallelizable]
public class SignedInUserTests
{
    private static readonly Uri Callback = new("http://127.0.0.1:9/signin-zoho");

    // Only the OAuth client: every call must come from a signed-in user's tokens.
    private static string Client => $"OAuthClientId={EmulatorOrg.Emulator.ClientId};OAuthClientSecret={EmulatorOrg.Emulator.ClientSecret};"
                                    + $"AccountsServer={EmulatorOrg.Emulator.BaseUrl};ApiDomain={EmulatorOrg.Emulator.BaseUrl}";

    [Test]
    public async Task A_pooled_context_acts_for_each_renters_user_and_forgets_them_when_returned()
    {
        EmulatorOrg.Emulator.Settings.AutoApprove = true;
        var wire = new RecordingHandler();
        await using var dataSource = new ZohoCrmDataSourceBuilder(Client).UseHttpMessageHandler(wire).Build();
        var alice = await SignInAsync(dataSource, "alice");
        // Bob's consent grants Leads only.
        var bob = await SignInAsync(dataSource, "bob", "ZohoCRM.modules.leads.ALL,ZohoCRM.settings.ALL,ZohoCRM.coql.READ");
        var options = new DbContextOptionsBuilder<UserContext>().UseZohoCrm(dataSource).Options;
        var factory = new PooledDbContextFactory<UserContext>(options, poolSize: 1);
        var expectedContacts = EmulatorOrg.Expected<Contact>().Count(c => c.Last_Name.StartsWith('A'));
        var expectedLead = EmulatorOrg.Expected<Lead>().OrderBy(l => l.Id).First();

        UserContext first;
        await using (var db = first = await factory.CreateDbContextAsync())
        {
            db.Database.SetZohoCrmUser("alice");
            wire.Clear();
            var contacts = await db.Contacts.CountAsync(c => c.Last_Name.StartsWith("A"));
            Assert.That(contacts, Is.EqualTo(expectedContacts));
            Assert.That(wire.Tokens, Is.Not.Empty.And.All.EqualTo(alice));
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.That(db, Is.SameAs(first), "the pool's one context, rented again");
            Assert.That(db.Database.GetZohoCrmUser(), Is.Null, "returned to the pool without its user");
            db.Database.SetZohoCrmUser("bob");
            wire.Clear();
            var lead = await db.Leads.SingleAsync(l => l.Id == expectedLead.Id);
            lead.Company = "Bob-" + Guid.NewGuid().ToString("N")[..8];
            await db.SaveChangesAsync();
            var refused = Assert.CatchAsync<ZohoCrmAuthenticationException>(() => db.Contacts.CountAsync(c => c.Last_Name.StartsWith("A")));

            Assert.That(refused!.Code, Is.EqualTo("OAUTH_SCOPE_MISMATCH"), "bob's own permissions, not alice's");
            Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["Company"], Is.EqualTo(lead.Company));
            Assert.That(wire.Tokens, Is.Not.Empty.And.All.EqualTo(bob));
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.That(db, Is.SameAs(first));
            var noUser = Assert.CatchAsync<ZohoCrmAuthenticationException>(() => db.Leads.CountAsync());
            Assert.That(noUser!.Code, Is.EqualTo("AUTHORIZATION_REQUIRED"), "no user set: the data source's own tokens, which it has none of");
        }
    }

    /// <summary>Plays the user's browser through the emulator's consent page and the app's redirect handler.</summary>
    private static async Task<string> SignInAsync(ZohoCrmDataSource dataSource, string user, string? scope = null)
    {
        var state = ZohoCrmOAuthWebFlow.CreateState();
        var authorize = dataSource.WebFlow.BuildAuthorizationUri(state, Callback);
        if (scope is not null)
        {
            var query = HttpUtility.ParseQueryString(authorize.Query);
            query["scope"] = scope;
            authorize = new UriBuilder(authorize) { Query = query.ToString() }.Uri;
        }

        using var browser = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(authorize);
        var redirect = HttpUtility.ParseQueryString(consent.Headers.Location!.Query);
        var key = await dataSource.WebFlow.ExchangeCodeAsync(redirect["code"]!, redirect["state"], state, Callback, user);
        return (await dataSource.TokenStore.GetAsync(key))!.AccessToken;
    }

    public class UserContext(DbContextOptions<UserContext> options) : DbContext(options)
    {
        public DbSet<Lead> Leads => Set<Lead>();

        public DbSet<Contact> Contacts => Set<Contact>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Lead>(lead =>
            {
                lead.Property(l => l.Lead_Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
                lead.Property(l => l.Lead_Source).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
                lead.Property(l => l.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
                lead.Property(l => l.Discount_Rate).HasZohoCrmFieldType(ZohoCrmFieldType.Percent);
            });
            modelBuilder.Entity<Contact>(contact =>
            {
                contact.Property(c => c.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
                contact.Property(c => c.Lead_Source).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            });
            modelBuilder.Entity<Account>(account =>
            {
                account.Property(a => a.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
                account.HasOne(a => a.ParentAccount).WithMany().HasForeignKey(a => a.ParentAccountId);
            });
        }
    }

    /// <summary>The network, with the OAuth token of every API call written down.</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler { UseProxy = false })
    {
        private readonly ConcurrentQueue<string?> _tokens = new();

        public IReadOnlyList<string?> Tokens => [.. _tokens];

        public void Clear() => _tokens.Clear();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.StartsWith("/crm/", StringComparison.Ordinal))
            {
                _tokens.Enqueue(request.Headers.Authorization?.Parameter);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
