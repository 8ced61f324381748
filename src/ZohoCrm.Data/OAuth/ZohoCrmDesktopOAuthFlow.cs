using System.Net;
using System.Security.Cryptography;
using System.Text;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Properties;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.OAuth;

/// <summary>
/// The desktop flow of <c>InitiateOAuth=GETANDREFRESH</c>: listen on <c>CallbackURL</c>, open the browser at the
/// consent page, wait for Zoho's redirect, check <c>state</c>, exchange the code. Where no browser can be opened it
/// throws <see cref="ZohoCrmAuthorizationRequiredException"/> carrying the URL (the headless flow).
/// </summary>
internal sealed class ZohoCrmDesktopOAuthFlow
{
    private readonly ZohoCrmTokenClient _client;
    private readonly IZohoCrmBrowserLauncher _browser;
    private readonly ZohoCrmLog _log;

    public ZohoCrmDesktopOAuthFlow(ZohoCrmTokenClient client, IZohoCrmBrowserLauncher browser, ZohoCrmLog log, TimeSpan signInTimeout)
    {
        _client = client;
        _browser = browser;
        _log = log;
        SignInTimeout = signInTimeout;
    }

    public TimeSpan SignInTimeout { get; }

    public static string CreateState() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task<ZohoCrmToken> AuthorizeAsync(CancellationToken cancellationToken)
    {
        var callback = _client.Settings.CallbackUrl;
        var state = CreateState();
        var authorizationUri = _client.BuildAuthorizationUri(state, callback);

        using var listener = new HttpListener();
        listener.Prefixes.Add(callback.GetLeftPart(UriPartial.Authority) + "/");
        try
        {
            listener.Start();
        }
        catch (HttpListenerException e)
        {
            throw new ZohoCrmAuthenticationException(ZohoCrmStrings.DesktopFlowCannotListen(callback, e.Message), innerException: e);
        }

        if (!_browser.TryOpen(authorizationUri))
        {
            throw new ZohoCrmAuthorizationRequiredException(ZohoCrmStrings.HeadlessAuthorizationRequired(authorizationUri, callback), authorizationUri);
        }

        _log.OAuth.SignInPageOpened(SignInTimeout, callback);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SignInTimeout);
        await using var stopOnCancel = timeout.Token.Register(listener.Stop);
        try
        {
            var code = await WaitForCodeAsync(listener, callback, state).ConfigureAwait(false);
            return await _client.ExchangeCodeAsync(code, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && timeout.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new ZohoCrmAuthenticationException(ZohoCrmStrings.DesktopFlowTimedOut(SignInTimeout, authorizationUri), innerException: e);
        }
    }

    private async Task<string> WaitForCodeAsync(HttpListener listener, Uri callback, string state)
    {
        while (true)
        {
            var context = await listener.GetContextAsync().ConfigureAwait(false);
            var query = context.Request.QueryString;
            if (!string.Equals(context.Request.Url?.AbsolutePath.TrimEnd('/'), callback.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal))
            {
                await RespondAsync(context, HttpStatusCode.NotFound, ZohoCrmStrings.DesktopFlowPageNotFound).ConfigureAwait(false);
                continue;
            }

            // A redirect without our state is not Zoho answering this sign-in (another tab, or a forged request): ignore it.
            if (!FixedTimeEquals(query["state"], state))
            {
                _log.OAuth.SignInStateMismatch(callback);
                await RespondAsync(context, HttpStatusCode.BadRequest, ZohoCrmStrings.DesktopFlowPageStateMismatch).ConfigureAwait(false);
                continue;
            }

            if (query["error"] is { } error)
            {
                await RespondAsync(context, HttpStatusCode.OK, ZohoCrmStrings.DesktopFlowPageDenied).ConfigureAwait(false);
                throw new ZohoCrmAuthenticationException(ZohoCrmStrings.DesktopFlowDenied(error), error);
            }

            if (query["code"] is not { Length: > 0 } code)
            {
                await RespondAsync(context, HttpStatusCode.BadRequest, ZohoCrmStrings.DesktopFlowPageNoCode).ConfigureAwait(false);
                continue;
            }

            if (query["accounts-server"] is { } accountsServer
                && !string.Equals(accountsServer.TrimEnd('/'), _client.Settings.AccountsServer.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            {
                _log.OAuth.SignInOnOtherDataCentre(accountsServer, query["location"], _client.Settings.AccountsServer);
            }

            await RespondAsync(context, HttpStatusCode.OK, ZohoCrmStrings.DesktopFlowPageSignedIn).ConfigureAwait(false);
            return code;
        }
    }

    private static bool FixedTimeEquals(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static async Task RespondAsync(HttpListenerContext context, HttpStatusCode status, string message)
    {
        var body = Encoding.UTF8.GetBytes("<!doctype html><html><head><meta charset=\"utf-8\"><title>Zoho CRM</title></head><body><p>"
                                          + WebUtility.HtmlEncode(message) + "</p></body></html>");
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        context.Response.Close();
    }
}
