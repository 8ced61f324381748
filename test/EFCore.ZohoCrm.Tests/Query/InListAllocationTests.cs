using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>
/// <c>ids.Contains(x.Field)</c> over N ids becomes a command with N parameters, and a collection Include over N
/// parents the same. Building that command once allocated some 40 KB per id (80 MB for 2,000): work quadratic in N.
/// Allocation counts are deterministic, so these bounds check the shape of the cost, not its speed.
/// </summary>
public class InListAllocationTests
{
    private const string ConnectionString = "OAuthClientId=abc;OAuthClientSecret=s3cret;OAuthRefreshToken=r3fresh;Domain=com";

    [TestCase(false, TestName = "A_command_over_many_ids_as_parameters_allocates_in_proportion_to_their_number")]
    [TestCase(true, TestName = "A_command_over_many_ids_as_constants_allocates_in_proportion_to_their_number")]
    public void A_command_over_many_ids_allocates_in_proportion_to_their_number(bool constants)
    {
        using var db = new CrmContext(useZohoCrm: b => b.UseZohoCrm(ConnectionString, o =>
        {
            o.SchemaCheck(ZohoCrmSchemaCheck.Off);
            if (constants)
            {
                o.UseParameterizedCollectionMode(ParameterTranslationMode.Constant);
            }
        }));
        AllocatedToCreateCommand(db, 100, constants); // compiles the query shape and warms the caches once

        var for500 = AllocatedToCreateCommand(db, 500, constants);
        var for2000 = AllocatedToCreateCommand(db, 2_000, constants);

        Assert.That(for2000 / 2_000, Is.LessThan(10 * 1_024), $"bytes per id; 500 ids took {for500:N0} bytes, 2,000 took {for2000:N0}");
        Assert.That((double)for2000 / for500, Is.LessThan(6), $"2,000 ids against 500: {for2000:N0} and {for500:N0} bytes");
    }

    private static long AllocatedToCreateCommand(CrmContext db, int count, bool constants)
    {
        var ids = Enumerable.Range(0, count).Select(i => "Company " + i).ToList();
        var before = GC.GetAllocatedBytesForCurrentThread();
        using var command = db.Leads.Where(l => ids.Contains(l.Company!)).Select(l => l.Id).CreateDbCommand();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(command, Is.InstanceOf<ZohoCrmCommand>());
        Assert.That(command.Parameters.Count, Is.EqualTo(constants ? 0 : count));
        Assert.That(command.CommandText, Does.StartWith(constants
            ? "SELECT id FROM Leads WHERE Company IN ('Company 0', 'Company 1', "
            : "SELECT id FROM Leads WHERE Company IN (@ids1, @ids2, "));
        return allocated;
    }
}
