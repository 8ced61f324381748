using RichardSzalay.MockHttp;
using System.Net;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Tests.Api;

public class MetadataTests
{
    [Test]
    public async Task Modules_are_read_with_labels_and_api_support()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "settings/modules", HttpStatusCode.OK, Fixtures.Read("modules-response.json"));

        var modules = await zoho.Client.GetModulesAsync();

        Assert.That(zoho.LastRequest!.RequestUri!.AbsoluteUri, Is.EqualTo(MockZoho.Base + "settings/modules"));
        Assert.That(modules.Single(m => m.ApiName == "Home").ApiSupported, Is.False);
        var leads = modules.Single(m => m.ApiName == "Leads");
        Assert.That((leads.SingularLabel, leads.PluralLabel, leads.GeneratedType, leads.ApiSupported), Is.EqualTo(("Lead", "Leads", "default", true)));
    }

    [Test]
    public async Task Fields_map_every_property_the_provider_needs()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "settings/fields", HttpStatusCode.OK, Fixtures.Read("fields-leads-response.json"));

        var fields = (await zoho.Client.GetFieldsAsync("Leads")).ToDictionary(f => f.ApiName);

        Assert.That(zoho.LastRequest!.RequestUri!.Query, Is.EqualTo("?module=Leads"));
        Assert.That(fields["Owner"], Has.Property("DataType").EqualTo(ZohoCrmFieldType.OwnerLookup).And.Property("LookupModule").EqualTo("users").And.Property("ReadOnly").False);
        Assert.That(fields["Full_Name"].ReadOnly, Is.True);
        Assert.That(fields["Last_Name"], Has.Property("SystemMandatory").True.And.Property("Length").EqualTo(80).And.Property("DisplayLabel").EqualTo("Last Name"));
        Assert.That(fields["Description"], Has.Property("DataType").EqualTo(ZohoCrmFieldType.Textarea).And.Property("TextareaType").EqualTo("large").And.Property("Filterable").False.And.Property("Sortable").False);
        Assert.That(fields["Referred_By"], Has.Property("DataType").EqualTo(ZohoCrmFieldType.Lookup).And.Property("LookupModule").EqualTo("Contacts"));
        Assert.That(fields["Interested_Products"].LookupModule, Is.EqualTo("Products"));
        Assert.That(fields["Score_Formula"], Has.Property("ReturnType").EqualTo(ZohoCrmFieldType.Double).And.Property("ReadOnly").True);
        Assert.That(fields["Score_Formula"].ValueType, Is.EqualTo(ZohoCrmFieldType.Double));
        Assert.That(fields["External_Lead_Id"], Has.Property("Unique").True.And.Property("CustomField").True);
        Assert.That(fields["Company"].Unique, Is.False);
        Assert.That(fields["Lead_Source"].PicklistValues, Has.Count.EqualTo(7).And.Contains("Advertisement"));
        Assert.That(fields["Annual_Revenue"].DataType, Is.EqualTo(ZohoCrmFieldType.Currency));
        Assert.That(fields["Languages_Spoken"].DataType, Is.EqualTo(ZohoCrmFieldType.MultiSelectPicklist));
        Assert.That(fields["Created_Time"].ReadOnly, Is.True);
    }

    [Test]
    public async Task One_module_is_read_with_its_fields()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "settings/modules/Leads", HttpStatusCode.OK, """{"modules":[{"api_name":"Leads","singular_label":"Lead","plural_label":"Leads","api_supported":true,"generated_type":"default"}]}""");
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "settings/fields", HttpStatusCode.OK, Fixtures.Read("fields-leads-response.json"));

        var module = await zoho.Client.GetModuleAsync("Leads");

        Assert.That(module.ApiName, Is.EqualTo("Leads"));
        Assert.That(module.FindField("last_name")?.ApiName, Is.EqualTo("Last_Name"));
    }

    [Test]
    public async Task Users_are_read_page_by_page()
    {
        using var zoho = new MockZoho();
        var firstPage = Fixtures.Read("users-response.json").Replace("\"more_records\": false", "\"more_records\": true", StringComparison.Ordinal);
        var requests = new List<string>();
        zoho.Mock.When(HttpMethod.Get, MockZoho.Base + "users").Respond(request =>
        {
            requests.Add(request.RequestUri!.Query);
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(request.RequestUri!.Query.Contains("page=1&", StringComparison.Ordinal) ? firstPage : """{"users":[{"id":"99","last_name":"Last","status":"active"}],"info":{"count":1,"more_records":false}}"""),
            };
        });

        var users = await zoho.Client.GetUsersAsync("ActiveUsers");

        Assert.That(requests, Is.EqualTo(new[] { "?type=ActiveUsers&page=1&per_page=200", "?type=ActiveUsers&page=2&per_page=200" }));
        var olivia = users.First();
        Assert.That(olivia, Has.Property("Id").EqualTo("6284150000000412001").And.Property("Email").EqualTo("olivia.hart@example.com")
            .And.Property("Role").EqualTo("CEO").And.Property("Profile").EqualTo("Administrator").And.Property("TimeZone").EqualTo("Europe/Berlin"));
        Assert.That(users.Last().Id, Is.EqualTo("99"));
    }

    [Test]
    public async Task The_organization_is_read()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "org", HttpStatusCode.OK, """
            {"org":[{"id":"6284150000000001001","company_name":"Zylker","primary_email":"admin@zylker.example","time_zone":"Europe/Berlin",
              "iso_code":"EUR","currency_symbol":"€","mc_status":true,"country_code":"DE","license_details":{"paid_type":"enterprise","paid":true}}]}
            """);

        var org = await zoho.Client.GetOrganizationAsync();

        Assert.That(org, Is.EqualTo(new ZohoCrm.Data.Api.ZohoCrmOrganization
        {
            Id = "6284150000000001001", CompanyName = "Zylker", PrimaryEmail = "admin@zylker.example", TimeZone = "Europe/Berlin",
            CurrencyIsoCode = "EUR", CurrencySymbol = "€", MultiCurrencyEnabled = true, CountryCode = "DE", Edition = "enterprise",
        }));
    }

    [Test]
    public void A_field_without_api_name_is_a_malformed_response()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "settings/fields", HttpStatusCode.OK, """{"fields":[{"data_type":"text"}]}""");

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => zoho.Client.GetFieldsAsync("Leads"));
        Assert.That(e!.Message, Does.Contain("'api_name'"));
    }
}
