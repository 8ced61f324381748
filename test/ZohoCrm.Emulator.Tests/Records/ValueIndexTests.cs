using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Tests.Records;

public class ValueIndexTests
{
    private static StoredRecord Lead(long id, string? email) =>
        new("Leads", id, new Dictionary<string, object?> { ["Email"] = email });

    [Test]
    public void Finds_the_lowest_holder_case_insensitively_and_not_the_record_itself()
    {
        var records = new List<StoredRecord> { Lead(1, "a@x"), Lead(2, "A@X"), Lead(3, "b@x") };
        var index = new ValueIndex("Email", records);

        Assert.That(index.Find("a@X", null, () => records), Is.EqualTo(1));
        Assert.That(index.Find("a@x", 1, () => records), Is.EqualTo(2));
        Assert.That(index.Find("b@x", 3, () => throw new AssertionException("a sole holder is answered without a scan")), Is.Null);
        Assert.That(index.Find("c@x", null, () => records), Is.Null);
    }

    [Test]
    public void Follows_changes_including_the_lowest_holder_leaving()
    {
        var records = new List<StoredRecord> { Lead(1, "a@x"), Lead(2, "a@x"), Lead(3, "a@x") };
        var index = new ValueIndex("Email", records);

        index.Move(records[0], Lead(1, "z@x"));
        records[0] = Lead(1, "z@x");
        index.Move(records[1], null);
        records.RemoveAt(1);
        index.Move(null, Lead(4, "new@x"));
        records.Add(Lead(4, "new@x"));

        Assert.That(index.Find("a@x", null, () => records), Is.EqualTo(3));
        Assert.That(index.Find("z@x", null, () => records), Is.EqualTo(1));
        Assert.That(index.Find("new@x", null, () => records), Is.EqualTo(4));
        Assert.That(index.Find("a@x", 3, () => records), Is.Null);
    }
}
