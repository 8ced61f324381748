using System.Globalization;
using ZohoCrm.Emulator.Domain.Limits;

namespace ZohoCrm.Emulator.Cli;

/// <summary>The outcome of parsing the command line: options to run with, a request for help, or an error naming the argument.</summary>
public sealed record CommandLineResult(ZohoCrmEmulatorOptions? Options, string? HttpsCertificatePath, string? HttpsCertificatePassword, bool ShowHelp, string? Error);

/// <summary>
/// Parses the standalone emulator's arguments (<c>--name value</c> or <c>--name=value</c>). Unknown arguments,
/// missing values and values out of range are errors that name the argument.
/// </summary>
public static class EmulatorCommandLine
{
    public const int MaxLeads = 1_000_000;

    public static string Usage => $$"""
        Usage: ZohoCrm.Emulator [options]

        A local Zoho CRM REST API v8 server on 127.0.0.1 (accounts server, API domain and admin endpoints on one base URL).

        Options:
          --port <n>                   TCP port on 127.0.0.1 (default 5290; 0 picks a free port)
          --client-id <id>             OAuth client id (default {{ZohoCrmEmulatorOptions.DefaultClientId}})
          --client-secret <secret>     OAuth client secret (default {{ZohoCrmEmulatorOptions.DefaultClientSecret}})
          --refresh-token <token>      a refresh token valid from the start (default {{ZohoCrmEmulatorOptions.DefaultRefreshToken}})
          --redirect-uri <uri>         registered redirect URI (default {{ZohoCrmEmulatorOptions.DefaultRedirectUri}}; loopback URIs always pass)
          --seed <n>                   seed of the generated org: same seed, same data and ids (default 1)
          --scale <n>                  number of seeded Leads, up to {{MaxLeads:N0}}
          --data-dir <path>            persist records in this folder across restarts
          --search-lag <seconds>       Search still matches previous values this long after a change (default 210)
          --coql-lag <seconds>         the same lag for COQL filters (default 0)
          --token-lifetime <seconds>   access token lifetime (default 3600)
          --edition <name>             {{string.Join(" | ", EditionLimits.Names)}}: credit budget and concurrency limit (default enterprise)
          --https-cert <path.pfx>      serve HTTPS with this certificate
          --https-cert-password <pw>   password of the --https-cert file
          --strict                     Zoho's strictest reading of UNCONFIRMED behaviours (default)
          --lenient                    relax them (e.g. accept 'Authorization: Bearer')
          --auto-approve               the consent page approves at once and redirects
          --help                       show this help
        """;

    public const int DefaultPort = 5290;

    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var options = new ZohoCrmEmulatorOptions { Port = DefaultPort };
        string? certificate = null;
        string? password = null;
        bool? strict = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? inlineValue = null;
            var equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inlineValue = arg[(equals + 1)..];
                arg = arg[..equals];
            }

            string Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }

                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new CommandLineException($"{arg} needs a value.");
                }

                return args[++i];
            }

            try
            {
                switch (arg)
                {
                    case "--help" or "-h" or "-?":
                        return new CommandLineResult(null, null, null, true, null);
                    case "--port":
                        options.Port = Integer(arg, Value(), 0, 65535);
                        break;
                    case "--client-id":
                        options.ClientId = NonEmpty(arg, Value());
                        break;
                    case "--client-secret":
                        options.ClientSecret = NonEmpty(arg, Value());
                        break;
                    case "--refresh-token":
                        options.RefreshToken = NonEmpty(arg, Value());
                        break;
                    case "--redirect-uri":
                        var uri = Value();
                        if (!Uri.TryCreate(uri, UriKind.Absolute, out _))
                        {
                            throw new CommandLineException($"{arg} must be an absolute URI, but was '{uri}'.");
                        }

                        options.RedirectUri = uri;
                        break;
                    case "--seed":
                        options.Seed = Integer(arg, Value(), int.MinValue, int.MaxValue);
                        break;
                    case "--scale":
                        options.LeadCount = Integer(arg, Value(), 0, MaxLeads);
                        break;
                    case "--data-dir":
                        options.DataDirectory = NonEmpty(arg, Value());
                        break;
                    case "--search-lag":
                        options.Settings.SearchLagSeconds = Integer(arg, Value(), 0, int.MaxValue);
                        break;
                    case "--coql-lag":
                        options.Settings.CoqlLagSeconds = Integer(arg, Value(), 0, int.MaxValue);
                        break;
                    case "--token-lifetime":
                        options.Settings.TokenLifetimeSeconds = Integer(arg, Value(), 1, int.MaxValue);
                        break;
                    case "--edition":
                        var edition = Value();
                        if (!EditionLimits.IsKnown(edition))
                        {
                            throw new CommandLineException($"{arg} must be one of {string.Join(", ", EditionLimits.Names)}, but was '{edition}'.");
                        }

                        options.Settings.Edition = edition.ToLowerInvariant();
                        break;
                    case "--https-cert":
                        certificate = NonEmpty(arg, Value());
                        break;
                    case "--https-cert-password":
                        password = Value();
                        break;
                    case "--strict" or "--lenient":
                        var wantStrict = arg == "--strict";
                        if (strict is { } earlier && earlier != wantStrict)
                        {
                            throw new CommandLineException("--strict and --lenient cannot be used together.");
                        }

                        strict = wantStrict;
                        break;
                    case "--auto-approve":
                        options.Settings.AutoApprove = true;
                        break;
                    default:
                        throw new CommandLineException($"Unknown argument '{args[i]}'. Run with --help to see the options.");
                }

                if (inlineValue is not null && arg is "--strict" or "--lenient" or "--auto-approve")
                {
                    throw new CommandLineException($"{arg} takes no value.");
                }
            }
            catch (CommandLineException e)
            {
                return new CommandLineResult(null, null, null, false, e.Message);
            }
        }

        if (password is not null && certificate is null)
        {
            return new CommandLineResult(null, null, null, false, "--https-cert-password needs --https-cert.");
        }

        options.Settings.Strict = strict ?? true;
        return new CommandLineResult(options, certificate, password, false, null);
    }

    private static int Integer(string arg, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CommandLineException($"{arg} must be a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}, but was '{text}'.");
        }

        return value;
    }

    private static string NonEmpty(string arg, string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new CommandLineException($"{arg} must not be empty.") : text;

    private sealed class CommandLineException(string message) : Exception(message);
}
