using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Schema;

namespace ZohoCrm.Data.Tests.Schema;

public class ZohoCrmMetadataCacheTests
{
    private sealed class CountingSource : IZohoCrmMetadataSource
    {
        public int ModuleCalls;
        public int FieldCalls;
        public int FailuresLeft;
        public TaskCompletionSource? Gate;

        public async Task<IReadOnlyList<ZohoCrmModuleMetadata>> GetModulesAsync(bool async, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref ModuleCalls);
            if (Gate is { } gate)
            {
                await gate.Task;
            }

            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new ZohoCrmException("boom", "INTERNAL_ERROR", isTransient: true);
            }

            return [new() { ApiName = "Leads" }, new() { ApiName = "Accounts" }];
        }

        public Task<IReadOnlyList<ZohoCrmFieldMetadata>> GetFieldsAsync(string moduleApiName, bool async, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref FieldCalls);
            IReadOnlyList<ZohoCrmFieldMetadata> fields = [new() { ApiName = moduleApiName + "_Name", DataType = ZohoCrmFieldType.Text }];
            return Task.FromResult(fields);
        }
    }

    [Test]
    public async Task Modules_and_fields_are_fetched_once_per_cache()
    {
        var source = new CountingSource();
        var cache = new ZohoCrmMetadataCache();

        var leads = await cache.GetModuleAsync(source, "leads", CancellationToken.None);
        await cache.GetModuleAsync(source, "LEADS", CancellationToken.None);
        await cache.GetModulesAsync(source, CancellationToken.None);

        Assert.That(leads!.ApiName, Is.EqualTo("Leads"));
        Assert.That(leads.FindField("leads_name"), Is.Not.Null);
        Assert.That((source.ModuleCalls, source.FieldCalls), Is.EqualTo((1, 1)));
        Assert.That(cache.LoadedModules().Select(m => m.ApiName), Is.EqualTo(new[] { "Leads" }));
    }

    [Test]
    public async Task Concurrent_first_uses_share_one_call()
    {
        var source = new CountingSource { Gate = new TaskCompletionSource() };
        var cache = new ZohoCrmMetadataCache();
        var loads = Enumerable.Range(0, 20).Select(_ => cache.GetModuleAsync(source, "Leads", CancellationToken.None)).ToList();
        source.Gate.SetResult();
        await Task.WhenAll(loads);
        Assert.That((source.ModuleCalls, source.FieldCalls), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task Unknown_modules_are_null()
    {
        var source = new CountingSource();
        var cache = new ZohoCrmMetadataCache();
        Assert.That(await cache.GetModuleAsync(source, "Leeds", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task A_failed_fetch_is_not_cached()
    {
        var source = new CountingSource { FailuresLeft = 1 };
        var cache = new ZohoCrmMetadataCache();
        Assert.ThrowsAsync<ZohoCrmException>(() => cache.GetModulesAsync(source, CancellationToken.None));
        Assert.That(await cache.GetModuleAsync(source, "Accounts", CancellationToken.None), Is.Not.Null);
        Assert.That(source.ModuleCalls, Is.EqualTo(2));
    }

    [Test]
    public async Task Refresh_fetches_again_on_next_use()
    {
        var source = new CountingSource();
        var cache = new ZohoCrmMetadataCache();
        await cache.GetModuleAsync(source, "Leads", CancellationToken.None);
        cache.Refresh();
        Assert.That(cache.LoadedModules(), Is.Empty);
        await cache.GetModuleAsync(source, "Leads", CancellationToken.None);
        Assert.That((source.ModuleCalls, source.FieldCalls), Is.EqualTo((2, 2)));
    }
}
