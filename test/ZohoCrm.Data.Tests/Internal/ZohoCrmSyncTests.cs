using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.Tests.Internal;

public class ZohoCrmSyncTests
{
    [Test]
    public void A_completed_task_gives_its_result_or_its_own_exception()
    {
        Assert.That(ZohoCrmSync.GetCompletedResult(Task.FromResult(7)), Is.EqualTo(7));
        Assert.That(ZohoCrmSync.GetCompletedResult(new ValueTask<int>(8)), Is.EqualTo(8));
        Assert.Throws<TimeoutException>(() => ZohoCrmSync.GetCompletedResult(Task.FromException<int>(new TimeoutException())));
    }

    [Test]
    public void An_incomplete_task_is_a_bug_named_at_once_not_a_wait()
    {
        var never = new TaskCompletionSource<int>();

        var error = Assert.Throws<InvalidOperationException>(() => ZohoCrmSync.GetCompletedResult(never.Task));
        Assert.That(error!.Message, Does.Contain("never.Task").And.Contain("synchronous I/O"));
        Assert.Throws<InvalidOperationException>(() => ZohoCrmSync.GetCompletedResult((Task)never.Task));
        Assert.Throws<InvalidOperationException>(() => ZohoCrmSync.GetCompletedResult(new ValueTask<int>(never.Task)));
    }
}
