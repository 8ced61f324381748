using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>Explicit loading against the emulator. (Compiled queries: CompiledQueryTests.)</summary>
public class LoadingAndCompiledQueryTests
{
    [Test]
    public async Task Explicit_loading_of_a_collection_queries_the_lookup()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expected = EmulatorOrg.Expected<Contact>().Where(c => c.AccountId != null).GroupBy(c => c.AccountId!.Value)
            .OrderByDescending(g => g.Count()).First();
        var account = await db.Accounts.SingleAsync(a => a.Id == expected.Key);

        await db.Entry(account).Collection(a => a.Contacts).LoadAsync();

        Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected.Select(c => c.Id)));
        Assert.That(account.Contacts.All(c => ReferenceEquals(c.Account, account)), Is.True);
    }
}
