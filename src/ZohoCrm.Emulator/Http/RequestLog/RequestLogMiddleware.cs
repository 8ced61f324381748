using Microsoft.AspNetCore.Http;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Http.Faults;
using ZohoCrm.Emulator.Http.Hosting;
using ZohoCrm.Emulator.Http.Limits;

namespace ZohoCrm.Emulator.Http.RequestLog;

/// <summary>Logs every token and API call (not admin calls) with its status and the credits it was charged.</summary>
public sealed class RequestLogMiddleware
{
    private const string RecordNowKey = "ZohoCrm.Emulator.RecordRequestNow";
    private readonly RequestDelegate _next;
    private readonly RequestLog _log;
    private readonly EmulatorClock _clock;

    public RequestLogMiddleware(RequestDelegate next, RequestLog log, EmulatorClock clock)
    {
        _next = next;
        _log = log;
        _clock = clock;
    }

    /// <summary>Logs the call now, for a fault about to drop its connection: the client may look before the pipeline returns.</summary>
    public static void RecordNow(HttpContext context)
    {
        if (context.Items.TryGetValue(RecordNowKey, out var record) && record is Action action)
        {
            action();
        }
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (EmulatorPaths.IsAdmin(context.Request.Path))
        {
            await _next(context);
            return;
        }

        var seq = _log.NextSeq();
        var arrived = _clock.UtcNow;
        _log.Arrive();
        var start = _log.NextEvent();

        // Logged when the response starts, so a client that got its answer finds the entry; a response that never
        // starts (dropped connection, empty body) is logged when the pipeline returns.
        var logged = 0;
        void Record()
        {
            if (Interlocked.Exchange(ref logged, 1) == 0)
            {
                _log.Leave();
                var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
                var dropped = !context.Response.HasStarted && (FaultInjectionMiddleware.WasDropped(context) || context.RequestAborted.IsCancellationRequested);
                var status = dropped ? 0 : context.Response.StatusCode;
                _log.Add(new RequestLogEntry(seq, context.Request.Method, context.Request.Path.Value ?? "", query, status,
                    ApiLimitsMiddleware.CreditsCharged(context), arrived, start, _log.NextEvent()));
            }
        }

        context.Items[RecordNowKey] = (Action)Record;
        context.Response.OnStarting(() =>
        {
            Record();
            return Task.CompletedTask;
        });
        try
        {
            await _next(context);
        }
        finally
        {
            Record();
        }
    }
}
