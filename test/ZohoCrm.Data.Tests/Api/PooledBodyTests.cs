using System.Net;
using System.Text;
using ZohoCrm.Data.Api.Internal;

namespace ZohoCrm.Data.Tests.Api;

/// <summary>
/// Bodies the executor buffers in pooled chunks read back exactly as sent: as text (decoded straight from the chunks,
/// characters split across chunk boundaries included), as bytes, and with their headers; a connection that breaks
/// mid-body is an error, not a short body.
/// </summary>
public class PooledBodyTests
{
    private static async Task<ZohoCrmPooledContent> Load(byte[] body)
    {
        var source = new ByteArrayContent(body);
        source.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return await ZohoCrmPooledContent.LoadAsync(source, CancellationToken.None);
    }

    private static string ReadAll(TextReader reader, int bufferSize)
    {
        var text = new StringBuilder();
        var buffer = new char[bufferSize];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    [TestCase(1023)]
    [TestCase(4096)]
    [TestCase(100_000)]
    public async Task Text_spanning_many_chunks_decodes_exactly_whatever_the_read_size(int bufferSize)
    {
        // Two-, three- and four-byte characters land on every offset, so some straddle the 64 KB chunk boundaries.
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(i => (i % 4) switch { 0 => "a", 1 => "é", 2 => "€", _ => "😀" }));
        using var content = await Load(Encoding.UTF8.GetBytes(text));
        using var reader = content.CreateTextReader();
        Assert.That(ReadAll(reader, bufferSize), Is.EqualTo(text));
    }

    [Test]
    public async Task A_utf8_byte_order_mark_is_skipped()
    {
        using var content = await Load([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"data":[]}""")]);
        using var reader = content.CreateTextReader();
        Assert.That(reader.ReadToEnd(), Is.EqualTo("""{"data":[]}"""));
    }

    [Test]
    public async Task A_body_with_a_utf16_byte_order_mark_is_read_as_utf16()
    {
        using var content = await Load(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("""{"data":["Zürich"]}""")).ToArray());
        using var reader = content.CreateTextReader();
        Assert.That(reader.ReadToEnd(), Is.EqualTo("""{"data":["Zürich"]}"""));
    }

    [Test]
    public async Task Bytes_and_headers_are_kept()
    {
        var body = Enumerable.Range(0, 200_000).Select(i => (byte)(i % 251)).ToArray();
        using var content = await Load(body);
        Assert.That(await content.ReadAsByteArrayAsync(), Is.EqualTo(body));
        Assert.That(content.Headers.ContentLength, Is.EqualTo(body.Length));
        Assert.That(content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task An_empty_body_reads_as_empty()
    {
        using var content = await Load([]);
        using var reader = content.CreateTextReader();
        Assert.That(reader.ReadToEnd(), Is.Empty);
        Assert.That(await content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public void A_connection_that_breaks_mid_body_is_a_request_error()
    {
        var broken = new StreamContent(new BreakingStream(Encoding.UTF8.GetBytes("""{"data":[{"id":"1"}""")));
        var error = Assert.ThrowsAsync<HttpRequestException>(() => ZohoCrmPooledContent.LoadAsync(broken, CancellationToken.None));
        Assert.That(error!.HttpRequestError, Is.EqualTo(HttpRequestError.ResponseEnded));
        Assert.That(error.InnerException, Is.InstanceOf<IOException>());
    }

    [Test]
    public async Task A_disposed_body_cannot_be_read()
    {
        var content = await Load(Encoding.UTF8.GetBytes("{}"));
        content.Dispose();
        content.Dispose();
        Assert.Throws<ObjectDisposedException>(() => content.CreateTextReader());
    }

    /// <summary>Gives its bytes, then fails the way a reset connection does.</summary>
    private sealed class BreakingStream(byte[] start) : MemoryStream(start)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = base.Read(buffer.Span);
            return read > 0 ? new ValueTask<int>(read) : ValueTask.FromException<int>(new IOException("Connection reset by peer"));
        }
    }
}
