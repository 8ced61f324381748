using Microsoft.Extensions.Configuration;
using QuickStart.Properties;

namespace QuickStart.Hosting;

/// <summary>Where the tour's connection string comes from: the option, then ZOHOCRM_CONNECTION, then user secrets; none means the emulator.</summary>
public sealed record ConnectionChoice(string? ConnectionString, string Source)
{
    public const string EnvironmentVariable = "ZOHOCRM_CONNECTION";
    public const string SecretName = "ConnectionStrings:Zoho";

    public static ConnectionChoice Resolve(string? option)
    {
        var configuration = new ConfigurationBuilder().AddUserSecrets<ConnectionChoice>(optional: true).AddEnvironmentVariables().Build();
        if (!string.IsNullOrWhiteSpace(option))
        {
            return new ConnectionChoice(Named(option, configuration), "--connection");
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return new ConnectionChoice(Named(fromEnvironment, configuration), EnvironmentVariable);
        }

        return configuration[SecretName] is { Length: > 0 } fromSecrets
            ? new ConnectionChoice(fromSecrets, "user secrets (" + SecretName + ")")
            : new ConnectionChoice(null, "the in-process emulator");
    }

    // "Name=ConnectionStrings:Zoho", as UseZohoCrm reads it from an application's configuration.
    private static string Named(string text, IConfiguration configuration)
    {
        const string prefix = "Name=";
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || text.Contains(';', StringComparison.Ordinal))
        {
            return text;
        }

        var name = text[prefix.Length..].Trim();
        return configuration[name] is { Length: > 0 } value ? value : throw new InvalidOperationException(ZohoCrmStrings.NamedConnectionMissing(name));
    }
}
