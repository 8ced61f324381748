using System.Text;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Persistence;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Tests.Records;

namespace ZohoCrm.Emulator.Tests.Persistence;

public class DataDirectoryTests
{
    private string _root = null!;

    [SetUp]
    public void CreateDirectory() => _root = Directory.CreateTempSubdirectory("zoho-emu-persist-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Acknowledged_writes_survive_a_crash_and_the_id_sequence_continues()
    {
        var live = Path.Combine(_root, "live");
        var org = SmallOrg.Create(dataDirectory: live);
        var inserted = org.Writer.Insert("Projects", SmallOrg.Records(new { Name = "Survivor", Budget = 100, Completion = 50 })).Results[0].Id!.Value;
        var lead = org.Records.Scan("Leads")[0];
        org.Writer.Update("Leads", SmallOrg.Records(new { First_Name = "Changed", Languages_Spoken = new[] { "German" } }), lead.Id.ToString());
        var deleted = org.Records.Scan("Contacts")[0].Id;
        org.Writer.Delete("Contacts", [deleted.ToString()]);

        // The copy taken while the first instance still runs is what a kill -9 leaves behind.
        var crashImage = Path.Combine(_root, "crash");
        CopyDirectory(live, crashImage);
        using var reopened = SmallOrg.Create(dataDirectory: crashImage);
        org.Dispose();

        var project = reopened.Records.Find("Projects", inserted)!;
        Assert.That(project["Name"], Is.EqualTo("Survivor"));
        Assert.That(project["Earned_Value"], Is.EqualTo(50m));
        Assert.That(project["Project_Code"], Is.EqualTo($"PRJ-{SmallOrg.Counts.Projects + 1:0000}"));
        var changed = reopened.Records.Find("Leads", lead.Id)!;
        Assert.That(changed["First_Name"], Is.EqualTo("Changed"));
        Assert.That(changed["Languages_Spoken"], Is.EqualTo(new[] { "German" }));
        Assert.That(changed["Modified_Time"], Is.TypeOf<DateTimeOffset>());
        Assert.That(reopened.Records.Find("Contacts", deleted), Is.Null);
        Assert.That(reopened.Writer.Delete("Contacts", [deleted.ToString()]).Results[0].Error!.Message, Is.EqualTo("record not deleted"));

        var next = reopened.Writer.Insert("Projects", SmallOrg.Records(new { Name = "After restart" })).Results[0];
        Assert.That(next.Id, Is.GreaterThan(inserted));
        Assert.That(reopened.Records.Find("Projects", next.Id!.Value)!["Project_Code"], Is.EqualTo($"PRJ-{SmallOrg.Counts.Projects + 2:0000}"));
    }

    [Test]
    public void A_torn_last_line_is_dropped_and_later_writes_append_cleanly()
    {
        var directory = Path.Combine(_root, "torn");
        long first;
        using (var org = SmallOrg.Create(dataDirectory: directory))
        {
            first = org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "Kept" })).Results[0].Id!.Value;
        }

        File.AppendAllText(Path.Combine(directory, RecordJournal.JournalFileName), """{"at":"2025-01-01T00:00:00Z","seq":99999""", Encoding.UTF8);

        long second;
        using (var org = SmallOrg.Create(dataDirectory: directory))
        {
            Assert.That(org.Records.Find("Leads", first)!["Last_Name"], Is.EqualTo("Kept"));
            second = org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "Second" })).Results[0].Id!.Value;
        }

        using var final = SmallOrg.Create(dataDirectory: directory);
        Assert.That(final.Records.Find("Leads", second)!["Last_Name"], Is.EqualTo("Second"));
        Assert.That(second, Is.GreaterThan(first));
    }

    [Test]
    public void Reset_empties_the_journal()
    {
        var directory = Path.Combine(_root, "reset");
        long id;
        using (var org = SmallOrg.Create(dataDirectory: directory))
        {
            id = org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "Gone" })).Results[0].Id!.Value;
            org.Reset();
            Assert.That(org.Records.Find("Leads", id), Is.Null);
        }

        using var reopened = SmallOrg.Create(dataDirectory: directory);
        Assert.That(reopened.Records.Find("Leads", id), Is.Null);
        Assert.That(new FileInfo(Path.Combine(directory, RecordJournal.JournalFileName)).Length, Is.Zero);
    }

    [Test]
    public void A_directory_made_with_another_seed_is_refused_with_a_clear_message()
    {
        var directory = Path.Combine(_root, "seeded");
        SmallOrg.Create(dataDirectory: directory).Dispose();

        var error = Assert.Throws<InvalidOperationException>(() =>
            EmulatorDomain.Create(new EmulatorDomainOptions { Seed = 2, Counts = SmallOrg.Counts, DataDirectory = directory }, new EmulatorClock()))!;

        Assert.That(error.Message, Does.Contain("--seed").And.Contain(directory));
    }

    [Test]
    public void A_damaged_line_before_the_end_is_reported_not_skipped()
    {
        var directory = Path.Combine(_root, "damaged");
        using (var org = SmallOrg.Create(dataDirectory: directory))
        {
            org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "A" }));
            org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "B" }));
        }

        var path = Path.Combine(directory, RecordJournal.JournalFileName);
        var lines = File.ReadAllLines(path);
        lines[0] = "{garbage";
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<InvalidDataException>(() => SmallOrg.Create(dataDirectory: directory))!;
        Assert.That(error.Message, Does.Contain("Line 1"));
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var target = File.Create(Path.Combine(to, Path.GetFileName(file)));
            source.CopyTo(target);
        }
    }
}
