using ZohoCrm.Emulator.Http.Query;

namespace ZohoCrm.Emulator.Tests.Search;

/// <summary>Query strings as Zoho's SDKs send them: raw punctuation, form encoding, a trailing '&amp;'.</summary>
public class RawQueryStringTests
{
    [Test]
    public void Raw_parentheses_colons_and_commas_survive_with_a_trailing_ampersand()
    {
        var query = new RawQueryString("?criteria=((Last_Name:equals:Smith%201)and(Email:starts_with:ab@x.com))&page=1&per_page=200&");

        Assert.That(query["criteria"], Is.EqualTo("((Last_Name:equals:Smith 1)and(Email:starts_with:ab@x.com))"));
        Assert.That(query["per_page"], Is.EqualTo("200"));
    }

    [Test]
    public void Form_encoding_decodes_plus_as_space_and_percent_escapes()
    {
        var query = new RawQueryString("criteria=%28%28Last_Name%3Aequals%3ASmith+1%29and%28Email%3Astarts_with%3Aa%2Bb%40x.com%29%29&fields=Last_Name%2CEmail");

        Assert.That(query["criteria"], Is.EqualTo("((Last_Name:equals:Smith 1)and(Email:starts_with:a+b@x.com))"));
        Assert.That(query["fields"], Is.EqualTo("Last_Name,Email"));
    }

    [Test]
    public void Escaped_backslashes_in_values_reach_the_criteria_parser()
    {
        Assert.That(new RawQueryString("criteria=(Last_Name:equals:Burns%5C%2CB)")["criteria"], Is.EqualTo(@"(Last_Name:equals:Burns\,B)"));
    }

    [Test]
    public void Malformed_escapes_are_kept_as_typed_and_the_first_value_wins()
    {
        var query = new RawQueryString("word=100%25&word=second&x=%zz&flag");

        Assert.That(query["word"], Is.EqualTo("100%"));
        Assert.That(query["x"], Is.EqualTo("%zz"));
        Assert.That(query["flag"], Is.EqualTo(""));
        Assert.That(query["missing"], Is.Null);
    }
}
