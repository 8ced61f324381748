using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Emulator.Domain.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// Faults of the token endpoint, each on a refresh token of its own: Zoho's throttle on token requests, a refresh
/// token revoked while a read is under way, and an org moved to another data centre (a new <c>api_domain</c> in the
/// token response). A query either returns the right rows or fails with an error that says what to do; it never asks
/// the token endpoint again in a loop and never presents part of a read as all of it.
/// </summary>
[NonParallelizable]
public class TokenEndpointFaultsTests
{
    [TearDown]
    public void ClearFaults() => FaultyOrg.ClearFaults();

    [Test]
    public async Task A_throttled_token_endpoint_fails_the_query_with_an_error_that_says_to_wait_after_one_token_call()
    {
        // One access token per 10 minutes for this refresh token, living 5 minutes: the refresh after it lapses meets
        // Zoho's throttle (HTTP 400, "Access Denied", "too many requests").
        FaultyOrg.Emulator.Settings.TokenMintLimit = 1;
        FaultyOrg.Emulator.Settings.TokenLifetimeSeconds = 300;
        await using var db = new CrmContext(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken()));
        Assert.That(await QueryShape.SinglePage.Run(db, CancellationToken.None), Is.EqualTo(QueryShape.SinglePage.Expected()));

        FaultyOrg.Emulator.Clock.Advance(TimeSpan.FromSeconds(301));
        var before = FaultyOrg.LastSeq();
        var e = Assert.CatchAsync(() => QueryShape.SinglePage.Run(db, CancellationToken.None));

        var authentication = Find<ZohoCrmAuthenticationException>(e);
        Assert.That(authentication, Is.Not.Null, e!.ToString());
        TestContext.Out.WriteLine("throttled: " + authentication!.Message);
        Assert.Multiple(() =>
        {
            Assert.That(authentication.Message, Does.Contain("Too many token requests").And.Contain("Wait several minutes"));
            Assert.That(FaultyOrg.TokenCalls(before), Is.EqualTo(1), "token calls: the throttle is not asked again in a loop");
        });
    }

    [Test]
    public async Task A_refresh_token_revoked_mid_read_fails_the_read_with_an_error_that_says_to_authorize_again()
    {
        var refreshToken = FaultyOrg.NewRefreshToken();
        await using var db = new CrmContext(FaultyOrg.ConnectionStringWith(refreshToken));
        var all = FaultyOrg.Records("Leads", "Id").Count();
        var rows = 0;
        var before = 0L;

        // Three 2,000-row pages streamed; after the first row the user revokes the app's access (its access tokens go too).
        var e = Assert.CatchAsync(async () =>
        {
            await foreach (var lead in db.Leads.AsNoTracking().OrderBy(l => l.Id).AsAsyncEnumerable())
            {
                if (rows++ == 0)
                {
                    Assert.That(FaultyOrg.Emulator.Services.GetRequiredService<OAuthServer>().Revoke(refreshToken), Is.True);
                    before = FaultyOrg.LastSeq();
                }
            }
        });

        var authentication = Find<ZohoCrmAuthenticationException>(e);
        Assert.That(authentication, Is.Not.Null, e!.ToString());
        TestContext.Out.WriteLine($"revoked after row 1: {rows} of {all} rows read, then: {authentication!.Message}");
        Assert.Multiple(() =>
        {
            Assert.That(authentication.Code, Is.EqualTo("invalid_code"));
            Assert.That(authentication.Message, Does.Contain("revoked").And.Contain("Get a new grant code (OAuthVerifier) or refresh token"));
            Assert.That(rows, Is.LessThan(all), "the read stops; it is not presented as complete");
            Assert.That(FaultyOrg.TokenCalls(before), Is.EqualTo(1), "token calls after the revoke: no retry loop");
        });
    }

    [Test]
    public async Task After_a_data_centre_move_calls_follow_the_new_api_domain_unless_ApiDomain_is_set()
    {
        // The emulator under a second name plays the org's new data centre.
        var port = new Uri(FaultyOrg.Emulator.BaseUrl).Port;
        var moved = "http://localhost:" + port.ToString(CultureInfo.InvariantCulture);
        var followed = new RecordingHandler();
        var kept = new RecordingHandler();
        var withoutApiDomain = FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken()).Replace(";ApiDomain=" + FaultyOrg.Emulator.BaseUrl, "", StringComparison.Ordinal);
        await using var following = new ZohoCrmDataSourceBuilder(withoutApiDomain).UseHttpMessageHandler(followed).Build();
        await using var keeping = new ZohoCrmDataSourceBuilder(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken())).UseHttpMessageHandler(kept).Build();
        var expected = FaultyOrg.Records("Leads", "Id").Select(r => r.Id).Order().ToList();

        Assert.That(await ReadIdsAsync(following), Is.EqualTo(expected));
        Assert.That(await ReadIdsAsync(keeping), Is.EqualTo(expected));
        Assert.That(followed.ApiHosts().Concat(kept.ApiHosts()).Distinct(), Is.EqualTo(new[] { "127.0.0.1:" + port }));

        // The org moves; the next token response names the new domain.
        FaultyOrg.Emulator.Settings.ApiDomain = moved;
        FaultyOrg.Emulator.Clock.Advance(TimeSpan.FromSeconds(FaultyOrg.Emulator.Settings.TokenLifetimeSeconds));
        Assert.That(await ReadIdsAsync(following), Is.EqualTo(expected), "the read through the refresh");
        Assert.That(await ReadIdsAsync(keeping), Is.EqualTo(expected), "the read through the refresh, ApiDomain set");
        followed.Clear();
        kept.Clear();
        Assert.That(await ReadIdsAsync(following), Is.EqualTo(expected));
        Assert.That(await ReadIdsAsync(keeping), Is.EqualTo(expected));

        TestContext.Out.WriteLine($"after the move: {followed.ApiHosts().Count} calls to {string.Join(", ", followed.ApiHosts().Distinct())} (AccountsServer set); "
            + $"{kept.ApiHosts().Count} calls to {string.Join(", ", kept.ApiHosts().Distinct())} (ApiDomain set)");
        Assert.Multiple(() =>
        {
            Assert.That(followed.ApiHosts().Distinct(), Is.EqualTo(new[] { "localhost:" + port }), "calls follow the new api_domain");
            Assert.That(kept.ApiHosts().Distinct(), Is.EqualTo(new[] { "127.0.0.1:" + port }), "ApiDomain set: calls stay there");
        });
    }

    private static async Task<List<long>> ReadIdsAsync(ZohoCrmDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM Leads ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Sends over sockets and notes the host of every API call (token calls aside).</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly ConcurrentQueue<string> _hosts = new();

        public List<string> ApiHosts() => [.. _hosts];

        public void Clear() => _hosts.Clear();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.StartsWith("/crm/", StringComparison.Ordinal))
            {
                _hosts.Enqueue(request.RequestUri.Authority);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
