using System.Net;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Tests.Support;
using static ZohoCrm.Data.Tests.Support.ZohoOAuthMock;

namespace ZohoCrm.Data.Tests.OAuth;

public class ZohoCrmFileTokenStoreTests
{
    private string _directory = null!;

    private string TokenFile => Path.Combine(_directory, "nested", "tokens.json");

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("zohocrm-tokens-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task Tokens_round_trip_per_key_with_their_expiry_offset()
    {
        var store = new ZohoCrmFileTokenStore(TokenFile);
        var expires = new DateTimeOffset(2026, 11, 28, 15, 30, 0, TimeSpan.FromHours(5.5));
        await store.SaveAsync(OwnKey(), new ZohoCrmToken("a1", "r1", expires, new Uri("https://www.zohoapis.in"), "ZohoCRM.modules.ALL"));
        await store.SaveAsync(OwnKey("eu"), new ZohoCrmToken("a2", null, null));

        var reopened = new ZohoCrmFileTokenStore(TokenFile);
        var first = await reopened.GetAsync(OwnKey());
        var second = await reopened.GetAsync(OwnKey("eu"));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(new ZohoCrmToken("a1", "r1", expires, new Uri("https://www.zohoapis.in"), "ZohoCRM.modules.ALL")));
            Assert.That(first!.ExpiresAt!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(5.5)));
            Assert.That(second, Is.EqualTo(new ZohoCrmToken("a2", null, null)));
            Assert.That(reopened.GetAsync(new ZohoCrmTokenKey("other", "default", "com")).Result, Is.Null);
        });

        await reopened.DeleteAsync(OwnKey());
        Assert.That(await store.GetAsync(OwnKey()), Is.Null);
        Assert.That(await store.GetAsync(OwnKey("eu")), Is.Not.Null);
    }

    [Test]
    public void A_path_under_the_home_directory_may_start_with_a_tilde() =>
        Assert.That(new ZohoCrmFileTokenStore("~/.zohocrm/tokens.json").Path,
            Is.EqualTo(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".zohocrm", "tokens.json")));

    [Test]
    public async Task A_missing_file_holds_no_tokens() =>
        Assert.That(await new ZohoCrmFileTokenStore(TokenFile).GetAsync(OwnKey()), Is.Null);

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_file_is_readable_by_its_owner_only()
    {
        var store = new ZohoCrmFileTokenStore(TokenFile);
        await store.SaveAsync(OwnKey(), new ZohoCrmToken("a1", "r1", null));

        Assert.That(File.GetUnixFileMode(TokenFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_file_with_loose_permissions_is_replaced_by_an_owner_only_one()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TokenFile)!);
        await File.WriteAllTextAsync(TokenFile, "{\"version\":1,\"tokens\":[]}");
        File.SetUnixFileMode(TokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await new ZohoCrmFileTokenStore(TokenFile).SaveAsync(OwnKey(), new ZohoCrmToken("a1", "r1", null));

        Assert.That(File.GetUnixFileMode(TokenFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [TestCase("{\"version\":1,\"tokens\":[{\"client_id\":\"1000.CLIENT\"")]
    [TestCase("")]
    [TestCase("not json at all")]
    [TestCase("{\"version\":2,\"tokens\":[]}")]
    [TestCase("{\"version\":1,\"tokens\":[{\"client_id\":\"c\",\"user\":\"u\",\"data_center\":\"com\"}]}")]
    public async Task A_corrupt_file_is_an_error_naming_it_and_is_never_overwritten(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TokenFile)!);
        await File.WriteAllTextAsync(TokenFile, content);
        var store = new ZohoCrmFileTokenStore(TokenFile);

        var read = Assert.ThrowsAsync<ZohoCrmException>(async () => await store.GetAsync(OwnKey()));
        var write = Assert.ThrowsAsync<ZohoCrmException>(async () => await store.SaveAsync(OwnKey(), new ZohoCrmToken("a", "r", null)));

        Assert.Multiple(() =>
        {
            Assert.That(read!.Message, Does.Contain(TokenFile).And.Contain("OAuthSettingsLocation"));
            Assert.That(write!.Message, Does.Contain(TokenFile));
            Assert.That(File.ReadAllText(TokenFile), Is.EqualTo(content));
        });
    }

    [Test]
    public async Task Concurrent_writers_on_one_file_lose_no_token_and_leave_no_temporary_file()
    {
        // Two store objects on one file behave as two processes would: only the lock file keeps them apart.
        var first = new ZohoCrmFileTokenStore(TokenFile);
        var second = new ZohoCrmFileTokenStore(TokenFile);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? first : second).SaveAsync(new ZohoCrmTokenKey("c", "user" + i, "com"), new ZohoCrmToken("a" + i, "r" + i, null)))));

        var reader = new ZohoCrmFileTokenStore(TokenFile);
        for (var i = 0; i < 40; i++)
        {
            Assert.That((await reader.GetAsync(new ZohoCrmTokenKey("c", "user" + i, "com")))?.AccessToken, Is.EqualTo("a" + i));
        }

        Assert.That(Directory.GetFiles(Path.GetDirectoryName(TokenFile)!, "*.tmp"), Is.Empty);
    }

    [Test]
    public async Task The_refresh_lock_is_held_by_one_store_at_a_time()
    {
        var first = new ZohoCrmFileTokenStore(TokenFile);
        var second = new ZohoCrmFileTokenStore(TokenFile);

        var held = await first.AcquireRefreshLockAsync(OwnKey());
        var waiting = second.AcquireRefreshLockAsync(OwnKey()).AsTask();
        var finishedFirst = await Task.WhenAny(waiting, Task.Delay(300));
        await held.DisposeAsync();
        await using var acquired = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(finishedFirst, Is.Not.SameAs(waiting), "the second holder waits while the first holds the lock");
    }

    [Test]
    public async Task Two_data_sources_sharing_a_token_file_refresh_once_per_expiry()
    {
        var store = new ZohoCrmFileTokenStore(TokenFile);
        await store.SaveAsync(OwnKey(), new ZohoCrmToken("expired", "refresh-SECRET", Start.AddMinutes(-1)));
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.When(HttpMethod.Post, TokenEndpoint).WithFormData("grant_type", "refresh_token");
        refresh.Respond(async () =>
        {
            await Task.Delay(100);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TokenJson("new-access")) };
        });
        var api = mock.ApiAccepts("new-access");
        var settings = Client + "OAuthSettingsLocation=" + TokenFile;
        await using var first = Builder(settings, mock).Build();
        await using var second = Builder(settings, mock).Build();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).GetOrgAsync())));

        Assert.Multiple(() =>
        {
            Assert.That(first.TokenStore, Is.Not.SameAs(second.TokenStore));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(api), Is.EqualTo(20));
        });
    }

    [Test]
    public async Task A_data_source_reuses_tokens_a_previous_run_saved()
    {
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.RefreshReturns("access-1");
        var api = mock.ApiAccepts("access-1");
        var settings = Client + "OAuthRefreshToken=refresh-SECRET;OAuthSettingsLocation=" + TokenFile;
        await using (var firstRun = Builder(settings, mock).Build())
        {
            using var response = await firstRun.GetOrgAsync();
        }

        await using var secondRun = Builder(settings, mock).Build();
        using (await secondRun.GetOrgAsync())
        {
        }

        Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
        Assert.That(mock.GetMatchCount(api), Is.EqualTo(2));
    }
}
