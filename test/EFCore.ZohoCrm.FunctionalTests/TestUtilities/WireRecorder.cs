using System.Collections.Concurrent;
using EFCore.ZohoCrm.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.FunctionalTests.TestUtilities;

/// <summary>
/// The socket handler of a data source, recording every request as it leaves for the emulator: method, path and
/// query, body, and whether it was sent synchronously. What the provider put on the wire, for the things the emulator
/// accepts but does not keep (Zoho's <c>trigger</c> key).
/// </summary>
public sealed class WireRecorder() : DelegatingHandler(new SocketsHttpHandler { UseProxy = false })
{
    public sealed record SentRequest(string Method, string Path, string Query, string Body, bool Synchronous);

    public ConcurrentQueue<SentRequest> Sent { get; } = new();

    /// <summary>The write calls (inserts, updates, upserts, deletes) of one module's record API.</summary>
    public IReadOnlyList<SentRequest> WritesTo(string module) =>
        Sent.Where(r => r.Method != "GET" && r.Path.StartsWith("/crm/v8/" + module, StringComparison.Ordinal)).ToList();

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Record(request, synchronous: true);
        return base.Send(request, cancellationToken);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Record(request, synchronous: false);
        return base.SendAsync(request, cancellationToken);
    }

    private void Record(HttpRequestMessage request, bool synchronous)
    {
        var body = "";
        if (request.Content is { } content)
        {
            // The client's bodies are buffered string content: reading it here leaves it whole for the send.
            using var reader = new StreamReader(content.ReadAsStream());
            body = reader.ReadToEnd();
        }

        Sent.Enqueue(new SentRequest(request.Method.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query.TrimStart('?'), body, synchronous));
    }
}

/// <summary>The standard org's context over a data source of the test's own, with Zoho CRM options of the test's choosing.</summary>
public sealed class DataSourceContext(ZohoCrmDataSource dataSource, Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptions = null) : CrmContext("")
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(dataSource, zohoCrmOptions);
}
