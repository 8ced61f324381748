using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using ZohoCrm.Emulator.Domain.Limits;

namespace ZohoCrm.Emulator.Cli;

/// <summary>The outcome of parsing the command line: options to run with, a request for help, or an error naming the argument.</summary>
public sealed record CommandLineResult(ZohoCrmEmulatorOptions? Options, string? HttpsCertificatePath, string? HttpsCertificatePassword, bool ShowHelp, string? Error);

/// <summary>
/// The standalone emulator's arguments (<c>--name value</c> or <c>--name=value</c>), parsed by System.CommandLine.
/// Unknown arguments, missing values and values out of range are errors that name the argument.
/// </summary>
public static class EmulatorCommandLine
{
    public const int MaxLeads = 1_000_000;

    public const int DefaultPort = 5290;

    private const string Description =
        "A local Zoho CRM REST API v8 server on 127.0.0.1 (accounts server, API domain and admin endpoints on one base URL).";

    // Every value option takes zero or one token, so a missing value is our "needs a value" rather than an arity error.
    private static readonly Option<string> Port = Value("--port", "n", $"TCP port on 127.0.0.1 (default {DefaultPort}; 0 picks a free port)");
    private static readonly Option<string> ClientId = Value("--client-id", "id", $"OAuth client id (default {ZohoCrmEmulatorOptions.DefaultClientId})");
    private static readonly Option<string> ClientSecret = Value("--client-secret", "secret", $"OAuth client secret (default {ZohoCrmEmulatorOptions.DefaultClientSecret})");
    private static readonly Option<string> RefreshToken = Value("--refresh-token", "token", $"a refresh token valid from the start (default {ZohoCrmEmulatorOptions.DefaultRefreshToken})");
    private static readonly Option<string> RedirectUri = Value("--redirect-uri", "uri", $"registered redirect URI (default {ZohoCrmEmulatorOptions.DefaultRedirectUri}; loopback URIs always pass)");
    private static readonly Option<string> Seed = Value("--seed", "n", "seed of the generated org: same seed, same data and ids (default 1)");
    private static readonly Option<string> Scale = Value("--scale", "n", $"number of seeded Leads, up to {MaxLeads.ToString("N0", CultureInfo.InvariantCulture)}");
    private static readonly Option<string> DataDirectory = Value("--data-dir", "path", "persist records in this folder across restarts");
    private static readonly Option<string> SearchLag = Value("--search-lag", "seconds", "Search still matches previous values this long after a change (default 210)");
    private static readonly Option<string> CoqlLag = Value("--coql-lag", "seconds", "the same lag for COQL filters (default 0)");
    private static readonly Option<string> TokenLifetime = Value("--token-lifetime", "seconds", "access token lifetime (default 3600)");
    private static readonly Option<string> Edition = Value("--edition", "name", $"{string.Join(" | ", EditionLimits.Names)}: credit budget and concurrency limit (default enterprise)");
    private static readonly Option<string> HttpsCert = Value("--https-cert", "path.pfx", "serve HTTPS with this certificate");
    private static readonly Option<string> HttpsCertPassword = Value("--https-cert-password", "pw", "password of the --https-cert file");
    private static readonly Option<bool> Strict = Flag("--strict", "Zoho's strictest reading of UNCONFIRMED behaviours (default)");
    private static readonly Option<bool> Lenient = Flag("--lenient", "relax them (e.g. accept 'Authorization: Bearer')");
    private static readonly Option<bool> AutoApprove = Flag("--auto-approve", "the consent page approves at once and redirects");

    private static readonly Option<bool>[] Flags = [Strict, Lenient, AutoApprove];

    private static readonly Command Root = CreateRoot();

    /// <summary>The help text, as <c>--help</c> prints it.</summary>
    public static string Usage
    {
        get
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            Root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = writer });
            return writer.ToString().TrimEnd();
        }
    }

    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var parsed = Root.Parse(args);
        if (parsed.Action is HelpAction)
        {
            return new CommandLineResult(null, null, null, true, null);
        }

        // System.CommandLine leaves the value of "--flag=value" unmatched when it is not a boolean: name the flag instead.
        if (args.Select(a => Flags.FirstOrDefault(f => a.StartsWith(f.Name + "=", StringComparison.Ordinal))).FirstOrDefault(f => f is not null) is { } valued)
        {
            return Failed($"{valued.Name} takes no value.");
        }

        if (parsed.UnmatchedTokens.Count > 0)
        {
            return Failed($"Unknown argument '{parsed.UnmatchedTokens[0]}'. Run with --help to see the options.");
        }

        if (parsed.Errors.Count > 0)
        {
            return Failed(parsed.Errors[0].Message);
        }

        try
        {
            return Bind(parsed);
        }
        catch (CommandLineException e)
        {
            return Failed(e.Message);
        }
    }

    private static CommandLineResult Bind(ParseResult parsed)
    {
        var options = new ZohoCrmEmulatorOptions { Port = DefaultPort };
        if (Text(parsed, Port) is { } port)
        {
            options.Port = Integer(Port, port, 0, 65535);
        }

        options.ClientId = NonEmpty(parsed, ClientId) ?? options.ClientId;
        options.ClientSecret = NonEmpty(parsed, ClientSecret) ?? options.ClientSecret;
        options.RefreshToken = NonEmpty(parsed, RefreshToken) ?? options.RefreshToken;
        if (Text(parsed, RedirectUri) is { } uri)
        {
            options.RedirectUri = Uri.TryCreate(uri, UriKind.Absolute, out _)
                ? uri
                : throw new CommandLineException($"{RedirectUri.Name} must be an absolute URI, but was '{uri}'.");
        }

        if (Text(parsed, Seed) is { } seed)
        {
            options.Seed = Integer(Seed, seed, int.MinValue, int.MaxValue);
        }

        if (Text(parsed, Scale) is { } scale)
        {
            options.LeadCount = Integer(Scale, scale, 0, MaxLeads);
        }

        options.DataDirectory = NonEmpty(parsed, DataDirectory);
        if (Text(parsed, SearchLag) is { } searchLag)
        {
            options.Settings.SearchLagSeconds = Integer(SearchLag, searchLag, 0, int.MaxValue);
        }

        if (Text(parsed, CoqlLag) is { } coqlLag)
        {
            options.Settings.CoqlLagSeconds = Integer(CoqlLag, coqlLag, 0, int.MaxValue);
        }

        if (Text(parsed, TokenLifetime) is { } lifetime)
        {
            options.Settings.TokenLifetimeSeconds = Integer(TokenLifetime, lifetime, 1, int.MaxValue);
        }

        if (Text(parsed, Edition) is { } edition)
        {
            options.Settings.Edition = EditionLimits.IsKnown(edition)
                ? edition.ToLowerInvariant()
                : throw new CommandLineException($"{Edition.Name} must be one of {string.Join(", ", EditionLimits.Names)}, but was '{edition}'.");
        }

        var certificate = NonEmpty(parsed, HttpsCert);
        var password = Text(parsed, HttpsCertPassword);
        if (password is not null && certificate is null)
        {
            throw new CommandLineException($"{HttpsCertPassword.Name} needs {HttpsCert.Name}.");
        }

        var strict = Given(parsed, Strict);
        var lenient = Given(parsed, Lenient);
        if (strict && lenient)
        {
            throw new CommandLineException($"{Strict.Name} and {Lenient.Name} cannot be used together.");
        }

        options.Settings.Strict = !lenient;
        options.Settings.AutoApprove = Given(parsed, AutoApprove);
        return new CommandLineResult(options, certificate, password, false, null);
    }

    private static Command CreateRoot()
    {
        // A named command rather than RootCommand, so the help says ZohoCrm.Emulator whichever process hosts the parser.
        return new Command("ZohoCrm.Emulator", Description)
        {
            Port, ClientId, ClientSecret, RefreshToken, RedirectUri, Seed, Scale, DataDirectory, SearchLag, CoqlLag, TokenLifetime,
            Edition, HttpsCert, HttpsCertPassword, Strict, Lenient, AutoApprove, new HelpOption(),
        };
    }

    private static Option<string> Value(string name, string helpName, string description) =>
        new(name) { Description = description, HelpName = helpName, Arity = ArgumentArity.ZeroOrOne };

    private static Option<bool> Flag(string name, string description)
    {
        var flag = new Option<bool>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
        flag.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0)
            {
                result.AddError($"{name} takes no value.");
            }
        });
        return flag;
    }

    /// <summary>Whether the option is on the command line (a flag with a default value has an implicit result otherwise).</summary>
    private static bool Given(ParseResult parsed, Option option) => parsed.GetResult(option) is { Implicit: false };

    /// <summary>The option's value; null when it is absent; an error when it is given without one.</summary>
    private static string? Text(ParseResult parsed, Option<string> option) =>
        parsed.GetResult(option) switch
        {
            null or { Implicit: true } => null,
            { Tokens.Count: 0 } => throw new CommandLineException($"{option.Name} needs a value."),
            var given => given.Tokens[0].Value,
        };

    private static string? NonEmpty(ParseResult parsed, Option<string> option)
    {
        var text = Text(parsed, option);
        return text is not null && string.IsNullOrWhiteSpace(text) ? throw new CommandLineException($"{option.Name} must not be empty.") : text;
    }

    private static int Integer(Option option, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CommandLineException($"{option.Name} must be a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}, but was '{text}'.");
        }

        return value;
    }

    private static CommandLineResult Failed(string error) => new(null, null, null, false, error);

    private sealed class CommandLineException(string message) : Exception(message);
}
