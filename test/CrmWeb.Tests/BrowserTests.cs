using System.Net;
using CrmWeb.Model;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using ZohoCrm.Emulator;

namespace CrmWeb.Tests;

/// <summary>
/// The app on Kestrel (127.0.0.1), driven by headless Chromium from Debian's <c>chromium</c> and <c>chromium-driver</c>
/// packages (build/test-packages.txt): sign in with Zoho through the emulator's consent page, filter Leads, edit one,
/// see the change, sign out (and be sent to sign in again).
/// </summary>
[NonParallelizable]
public class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";

    [Test]
    public async Task Sign_in_filter_the_leads_edit_one_see_the_change_and_sign_out()
    {
        Assert.That(File.Exists(Chromium) && File.Exists(ChromeDriver), Is.True,
            "headless Chromium comes from Debian's chromium and chromium-driver packages: run bash build/install-test-deps.sh");
        await using var factory = new WebApplicationFactory<CrmContext>();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var emulator = factory.Services.GetRequiredService<ZohoCrmEmulator>();
        var company = "Browser-" + Guid.NewGuid().ToString("N")[..8];

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        using var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        using var browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(20));

        // Signed out, the page sends the browser to Zoho's consent page; accepting it comes back signed in.
        emulator.Settings.AutoApprove = false;
        browser.Navigate().GoToUrl(baseUrl + "/leads");
        wait.Until(b => b.Url.StartsWith(emulator.BaseUrl.TrimEnd('/') + "/oauth/v2/auth", StringComparison.Ordinal));
        browser.FindElement(By.CssSelector("button[name='approve'][value='true']")).Click();
        wait.Until(b => b.Url == baseUrl + "/leads");
        browser.FindElement(By.XPath("//select[@name='status']/option[text()='Contacted']")).Click();
        browser.FindElement(By.Name("company")).SendKeys("A");
        browser.FindElement(By.CssSelector("form[action='/leads'] button")).Click();
        wait.Until(b => b.Url.Contains("status=Contacted", StringComparison.Ordinal));
        var rows = browser.FindElements(By.CssSelector("#leads tbody tr"));
        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.Select(r => r.FindElements(By.TagName("td"))[2].Text), Is.All.EqualTo("Contacted"));
        Assert.That(rows.Select(r => r.FindElements(By.TagName("td"))[1].Text), Is.All.StartWith("A").IgnoreCase);

        var id = long.Parse(rows[0].GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture);
        rows[0].FindElement(By.LinkText("Edit")).Click();
        wait.Until(b => b.Url.EndsWith($"/leads/{id}/edit", StringComparison.Ordinal));
        var companyField = browser.FindElement(By.Name("Company"));
        companyField.Clear();
        companyField.SendKeys(company);
        browser.FindElement(By.CssSelector("form[method='post'] button")).Click();
        wait.Until(b => b.Url.Contains("/leads?company=", StringComparison.Ordinal));

        var changed = browser.FindElements(By.CssSelector("#leads tbody tr"));
        Assert.That(changed.Select(r => r.GetAttribute("data-id")), Is.EqualTo(new[] { id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(changed[0].FindElements(By.TagName("td"))[1].Text, Is.EqualTo(company));
        Assert.That(emulator.Domain.Records.Find("Leads", id)!["Company"], Is.EqualTo(company));

        browser.FindElement(By.LinkText("Sign out")).Click();
        wait.Until(b => b.Url.EndsWith("/signout", StringComparison.Ordinal));
        browser.FindElement(By.CssSelector("form[action='/signout'] button")).Click();
        wait.Until(b => b.Url.StartsWith(emulator.BaseUrl.TrimEnd('/') + "/oauth/v2/auth", StringComparison.Ordinal));
        Assert.That(browser.FindElement(By.TagName("h1")).Text, Does.Contain("Authorize"), "signed out, the app asks for a sign-in again");
    }
}
