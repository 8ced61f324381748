namespace QuickStart.Properties;

/// <summary>The QuickStart's user-facing messages.</summary>
internal static class ZohoCrmStrings
{
    public const string Description =
        "A short tour of EFCore.ZohoCrm: LINQ and the COQL it sends, lookups, GroupBy, streaming, SaveChanges, filter lag and "
        + "what cannot be translated, each step with the calls and credits it cost. With no connection it starts the Zoho CRM "
        + "emulator in-process; with one it reads from your org and writes nothing.";

    public const string ConnectionOption =
        "A ZohoCrm.Data connection string to your org (the tour then only reads), or Name=ConnectionStrings:Zoho to take it "
        + "from user secrets or environment variables. Without it: the ZOHOCRM_CONNECTION environment variable, then "
        + "ConnectionStrings:Zoho in user secrets, then the emulator started in-process.";

    public static string UsingEmulator(string baseUrl) =>
        $"No connection given: started the Zoho CRM emulator in-process at {baseUrl} (a seeded org of about 30,000 records). "
        + "Pass --connection \"<connection string>\" to tour your own org, read-only.";

    public static string UsingOrg(string source) =>
        $"Touring your org read-only, with the connection string from {source}. The tour sends through its own HTTP handler "
        + "to meter calls, so proxy and certificate settings of the connection string are not applied.";

    public static string NamedConnectionMissing(string name) =>
        $"The connection string '{name}' is not in user secrets or environment variables. Set it with "
        + $"'dotnet user-secrets set {name} \"<connection string>\" --project samples/QuickStart', or pass the connection string itself.";

    public static string Failed(string message) => "error: " + message;
}
