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
}
