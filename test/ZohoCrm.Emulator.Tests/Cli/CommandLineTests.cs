using ZohoCrm.Emulator.Cli;

namespace ZohoCrm.Emulator.Tests.Cli;

public class CommandLineTests
{
    [Test]
    public void No_arguments_give_the_documented_defaults()
    {
        var result = EmulatorCommandLine.Parse([]);
        var options = result.Options!;

        Assert.That(result.Error, Is.Null);
        Assert.That(options.Port, Is.EqualTo(5290));
        Assert.That(options.ClientId, Is.EqualTo(ZohoCrmEmulatorOptions.DefaultClientId));
        Assert.That(options.ClientSecret, Is.EqualTo(ZohoCrmEmulatorOptions.DefaultClientSecret));
        Assert.That(options.RefreshToken, Is.EqualTo(ZohoCrmEmulatorOptions.DefaultRefreshToken));
        Assert.That(options.Settings.Strict, Is.True);
        Assert.That(options.Settings.SearchLagSeconds, Is.EqualTo(210));
    }

    [Test]
    public void Every_option_is_read_in_both_spellings()
    {
        var result = EmulatorCommandLine.Parse([
            "--port", "0", "--client-id=1000.X", "--client-secret", "sec", "--refresh-token", "1000.r", "--redirect-uri", "http://localhost:9/cb",
            "--seed", "7", "--scale=100000", "--data-dir", "/tmp/zoho", "--search-lag", "0", "--coql-lag=30", "--token-lifetime", "60",
            "--edition", "Free", "--https-cert", "cert.pfx", "--https-cert-password", "pw", "--lenient", "--auto-approve",
        ]);
        var options = result.Options!;

        Assert.That(result.Error, Is.Null);
        Assert.That(options.Port, Is.EqualTo(0));
        Assert.That(options.ClientId, Is.EqualTo("1000.X"));
        Assert.That(options.ClientSecret, Is.EqualTo("sec"));
        Assert.That(options.RefreshToken, Is.EqualTo("1000.r"));
        Assert.That(options.RedirectUri, Is.EqualTo("http://localhost:9/cb"));
        Assert.That(options.Seed, Is.EqualTo(7));
        Assert.That(options.LeadCount, Is.EqualTo(100_000));
        Assert.That(options.DataDirectory, Is.EqualTo("/tmp/zoho"));
        Assert.That(options.Settings.SearchLagSeconds, Is.EqualTo(0));
        Assert.That(options.Settings.CoqlLagSeconds, Is.EqualTo(30));
        Assert.That(options.Settings.TokenLifetimeSeconds, Is.EqualTo(60));
        Assert.That(options.Settings.Edition, Is.EqualTo("free"));
        Assert.That(options.Settings.Strict, Is.False);
        Assert.That(options.Settings.AutoApprove, Is.True);
        Assert.That(result.HttpsCertificatePath, Is.EqualTo("cert.pfx"));
        Assert.That(result.HttpsCertificatePassword, Is.EqualTo("pw"));
    }

    [TestCase("--help")]
    [TestCase("-h")]
    public void Help_is_recognised(string arg)
    {
        Assert.That(EmulatorCommandLine.Parse([arg]).ShowHelp, Is.True);
        Assert.That(EmulatorCommandLine.Usage, Does.Contain("--port").And.Contain("--https-cert").And.Contain("--edition"));
    }

    [TestCase(new[] { "--port", "http" }, "--port")]
    [TestCase(new[] { "--port", "70000" }, "--port")]
    [TestCase(new[] { "--port" }, "--port needs a value")]
    [TestCase(new[] { "--port", "--seed", "1" }, "--port needs a value")]
    [TestCase(new[] { "--scale", "2000000" }, "--scale")]
    [TestCase(new[] { "--search-lag", "-1" }, "--search-lag")]
    [TestCase(new[] { "--edition", "gold" }, "--edition must be one of free, standard, professional, enterprise, ultimate")]
    [TestCase(new[] { "--client-id", "" }, "--client-id must not be empty")]
    [TestCase(new[] { "--redirect-uri", "not a uri" }, "--redirect-uri")]
    [TestCase(new[] { "--strict", "--lenient" }, "--strict and --lenient")]
    [TestCase(new[] { "--strict=yes" }, "--strict takes no value")]
    [TestCase(new[] { "--https-cert-password", "pw" }, "--https-cert-password needs --https-cert")]
    [TestCase(new[] { "--colour" }, "Unknown argument '--colour'")]
    [TestCase(new[] { "5290" }, "Unknown argument '5290'")]
    public void Bad_arguments_are_errors_that_name_the_argument(string[] args, string message)
    {
        var result = EmulatorCommandLine.Parse(args);
        Assert.That(result.Options, Is.Null);
        Assert.That(result.Error, Does.Contain(message));
    }
}
