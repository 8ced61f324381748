using System.Data.Common;

namespace ZohoCrm.Data.Tests.Ado;

public class ZohoCrmParameterCollectionTests
{
    private ZohoCrmParameterCollection _parameters = null!;

    [SetUp]
    public void CreateCollection() => _parameters = new ZohoCrmParameterCollectionHost().Parameters;

    [TestCase("@city")]
    [TestCase("city")]
    [TestCase("@CITY")]
    [TestCase("City")]
    public void Lookup_by_name_ignores_case_and_the_at_sign(string lookup)
    {
        var city = _parameters.AddWithValue("@City", "Paris");
        Assert.That(_parameters.IndexOf(lookup), Is.EqualTo(0));
        Assert.That(_parameters.Contains(lookup), Is.True);
        Assert.That(_parameters[lookup], Is.SameAs(city));
        Assert.That(((DbParameterCollection)_parameters)[lookup], Is.SameAs(city));
        Assert.That(_parameters.TryGetValue(lookup, out var found) && ReferenceEquals(found, city), Is.True);
    }

    [Test]
    public void Similar_prefixes_are_distinct_parameters()
    {
        _parameters.AddWithValue("@p1", 1);
        _parameters.AddWithValue("@p10", 10);
        Assert.That(_parameters["p10"].Value, Is.EqualTo(10));
        Assert.That(_parameters["@p1"].Value, Is.EqualTo(1));
    }

    [Test]
    public void Missing_name_is_an_error_naming_it()
    {
        Assert.That(_parameters.IndexOf("@nope"), Is.EqualTo(-1));
        var error = Assert.Throws<IndexOutOfRangeException>(() => _ = _parameters["@nope"]);
        Assert.That(error!.Message, Does.Contain("@nope"));
    }

    [Test]
    public void Duplicate_names_are_rejected_whatever_the_spelling()
    {
        _parameters.AddWithValue("@city", "Paris");
        var error = Assert.Throws<ArgumentException>(() => _parameters.AddWithValue("CITY", "Rome"));
        Assert.That(error!.Message, Does.Contain("CITY"));
        Assert.That(_parameters, Has.Count.EqualTo(1));
    }

    [Test]
    public void Renaming_a_member_onto_another_name_is_rejected()
    {
        _parameters.AddWithValue("@a", 1);
        var b = _parameters.AddWithValue("@b", 2);
        Assert.Throws<ArgumentException>(() => b.ParameterName = "a");
        b.ParameterName = "@B";
        Assert.That(_parameters["b"], Is.SameAs(b));
    }

    [Test]
    public void A_parameter_cannot_sit_in_two_collections()
    {
        var parameter = _parameters.AddWithValue("@p", 1);
        var other = new ZohoCrmParameterCollectionHost().Parameters;
        Assert.Throws<ArgumentException>(() => other.Add(parameter));
        _parameters.Remove(parameter);
        Assert.DoesNotThrow(() => other.Add(parameter));
    }

    [Test]
    public void Nameless_parameters_are_rejected() =>
        Assert.Throws<ArgumentException>(() => _parameters.Add(new ZohoCrmParameter()));

    [Test]
    public void Foreign_parameter_types_are_rejected_with_the_type_name()
    {
        var error = Assert.Throws<InvalidCastException>(() => _parameters.Add((object)"not a parameter"));
        Assert.That(error!.Message, Does.Contain("System.String"));
    }

    [Test]
    public void AddRange_adds_nothing_when_an_element_is_bad()
    {
        Assert.Throws<InvalidCastException>(() => _parameters.AddRange(new object[] { new ZohoCrmParameter("a", 1), 5 }));
        Assert.That(_parameters, Is.Empty);
    }

    [Test]
    public void Remove_insert_replace_and_clear_keep_membership_consistent()
    {
        var a = _parameters.AddWithValue("a", 1);
        var c = _parameters.AddWithValue("c", 3);
        var b = new ZohoCrmParameter("b", 2);
        _parameters.Insert(1, b);
        Assert.That(_parameters.Select(p => p.ParameterName), Is.EqualTo(new[] { "a", "b", "c" }));

        var replacement = new ZohoCrmParameter("b2", 22);
        _parameters["b"] = replacement;
        Assert.That(_parameters[1], Is.SameAs(replacement));
        Assert.DoesNotThrow(() => new ZohoCrmParameterCollectionHost().Parameters.Add(b), "a replaced parameter is free again");

        _parameters.RemoveAt("a");
        Assert.That(_parameters.Select(p => p.ParameterName), Is.EqualTo(new[] { "b2", "c" }));

        _parameters.Clear();
        Assert.That(_parameters, Is.Empty);
        Assert.DoesNotThrow(() => new ZohoCrmParameterCollectionHost().Parameters.Add(a));
        Assert.DoesNotThrow(() => new ZohoCrmParameterCollectionHost().Parameters.Add(c));
    }

    [Test]
    public void Replacing_with_a_clashing_name_leaves_the_collection_unchanged()
    {
        var a = _parameters.AddWithValue("a", 1);
        var b = _parameters.AddWithValue("b", 2);
        Assert.Throws<ArgumentException>(() => _parameters[1] = new ZohoCrmParameter("A", 3));
        Assert.That(_parameters.ToList(), Is.EqualTo(new[] { a, b }));
        Assert.Throws<ArgumentException>(() => b.ParameterName = "a", "b is still a member and still checked");
    }

    [Test]
    public void Names_freed_by_remove_replace_rename_and_clear_can_be_used_again()
    {
        var a = _parameters.AddWithValue("@a", 1);
        _parameters.AddWithValue("@b", 2);
        _parameters.Remove(a);
        Assert.That(_parameters.IndexOf("a"), Is.EqualTo(-1));
        var a2 = _parameters.AddWithValue("A", 11);
        Assert.That(_parameters["@a"], Is.SameAs(a2));

        _parameters[0] = new ZohoCrmParameter("c", 3);
        Assert.That(_parameters.Contains("b"), Is.False);
        _parameters.AddWithValue("b", 22);

        a2.ParameterName = "renamed";
        Assert.That(_parameters.IndexOf("renamed"), Is.EqualTo(_parameters.IndexOf(a2)));
        Assert.That(_parameters.AddWithValue("@a", 111).Value, Is.EqualTo(111));

        _parameters.Clear();
        Assert.DoesNotThrow(() => _parameters.AddWithValue("a", 1));
        Assert.DoesNotThrow(() => _parameters.AddWithValue("renamed", 1));
    }

    // An EF query over a list of N ids adds N parameters; each Add checks that the name is free. That check once
    // cut the "@" off every member's name (a new string each), N²/2 strings: 80 MB for 2,000 ids. Allocation
    // counts are deterministic, so the bound can be tight enough to catch that and loose enough for any runtime.
    [Test]
    public void Adding_many_parameters_allocates_in_proportion_to_their_number()
    {
        var for500 = AllocatedToAdd(500);
        var for2000 = AllocatedToAdd(2_000);

        Assert.That(for2000 / 2_000, Is.LessThan(1_024), $"bytes per parameter; 500 took {for500:N0} bytes, 2,000 took {for2000:N0}");
        Assert.That((double)for2000 / for500, Is.LessThan(6), $"2,000 parameters against 500: {for2000:N0} and {for500:N0} bytes");
    }

    private static long AllocatedToAdd(int count)
    {
        var parameters = Enumerable.Range(0, count).Select(i => new ZohoCrmParameter("@ids" + i, i)).ToArray();
        var collection = new ZohoCrmParameterCollectionHost().Parameters;
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var parameter in parameters)
        {
            collection.Add(parameter);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(collection.IndexOf("ids" + (count - 1)), Is.EqualTo(count - 1));
        return allocated;
    }
}
