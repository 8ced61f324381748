using System.Buffers;
using System.Net;
using System.Text;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Api.Internal;

/// <summary>
/// A response body read whole into pooled 64 KB chunks (returned to the pool when the content is disposed). A page of
/// records is several hundred KB: one array of that size would land on the large object heap for every page and
/// force full collections, where pooled chunks cost nothing per page. The page reader decodes the chunks straight
/// into the JSON reader's buffer (<see cref="CreateTextReader"/>), with no stream copy in between.
/// </summary>
internal sealed class ZohoCrmPooledContent : HttpContent
{
    // Below the large object heap threshold (85,000 bytes), and a size the shared pool keeps.
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] Utf8Preamble = [0xEF, 0xBB, 0xBF];

    private byte[][]? _chunks;
    private readonly long _length;

    private ZohoCrmPooledContent(byte[][] chunks, long length)
    {
        _chunks = chunks;
        _length = length;
    }

    /// <summary>Reads <paramref name="source"/> to its end (then disposes it) and keeps its headers.</summary>
    /// <exception cref="HttpRequestException">The connection broke before the body was complete.</exception>
    public static Task<ZohoCrmPooledContent> LoadAsync(HttpContent source, CancellationToken cancellationToken) =>
        LoadAsync(source, async: true, cancellationToken);

    /// <summary>As <see cref="LoadAsync(HttpContent, CancellationToken)"/>; with <paramref name="async"/> false it reads synchronously (and completes synchronously).</summary>
    public static async Task<ZohoCrmPooledContent> LoadAsync(HttpContent source, bool async, CancellationToken cancellationToken)
    {
        var chunks = new List<byte[]>();
        long length = 0;
        try
        {
            var stream = async ? await source.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false) : source.ReadAsStream(cancellationToken);
            try
            {
                while (true)
                {
                    var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
                    chunks.Add(chunk);
                    var filled = 0;
                    int read;
                    do
                    {
                        read = async
                            ? await stream.ReadAsync(chunk.AsMemory(filled, ChunkSize - filled), cancellationToken).ConfigureAwait(false)
                            : stream.Read(chunk, filled, ChunkSize - filled);
                        filled += read;
                    }
                    while (read > 0 && filled < ChunkSize);

                    length += filled;
                    if (read == 0)
                    {
                        break;
                    }
                }
            }
            finally
            {
                // A synchronous load disposes synchronously too.
                if (async)
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                }
                else
                {
                    stream.Dispose();
                }
            }
        }
        catch (IOException e)
        {
            Return(chunks);
            throw new HttpRequestException(HttpRequestError.ResponseEnded, ZohoCrmStrings.ResponseBodyBroken(e.Message), e);
        }
        catch
        {
            Return(chunks);
            throw;
        }

        var content = new ZohoCrmPooledContent([.. chunks], length);
        foreach (var (name, values) in source.Headers)
        {
            content.Headers.TryAddWithoutValidation(name, values);
        }

        source.Dispose();
        return content;
    }

    /// <summary>
    /// A reader of the body as text: UTF-8 (Zoho's encoding, a byte-order mark skipped) decoded straight from the chunks;
    /// a body that starts with another encoding's byte-order mark is read as that encoding.
    /// </summary>
    public TextReader CreateTextReader()
    {
        var chunks = Chunks();
        var first = chunks.Length == 0 ? [] : chunks[0].AsSpan(0, (int)Math.Min(_length, 4));
        if (first.Length >= 2 && (first[0], first[1]) is (0xFE, 0xFF) or (0xFF, 0xFE) || first.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return new StreamReader(new ChunkStream(this), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }

        return new Utf8ChunkReader(this, skip: first.StartsWith(Utf8Preamble) ? Utf8Preamble.Length : 0);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new ChunkStream(this));

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => new ChunkStream(this);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var (chunk, count) in Segments())
        {
            stream.Write(chunk, 0, count);
        }
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var (chunk, count) in Segments())
        {
            await stream.WriteAsync(chunk.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _chunks, null) is { } chunks)
        {
            Return(chunks);
        }

        base.Dispose(disposing);
    }

    private static void Return(IEnumerable<byte[]> chunks)
    {
        foreach (var chunk in chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private byte[][] Chunks() => _chunks ?? throw new ObjectDisposedException(nameof(ZohoCrmPooledContent));

    private IEnumerable<(byte[] Chunk, int Count)> Segments()
    {
        var chunks = Chunks();
        for (var i = 0; i < chunks.Length; i++)
        {
            yield return (chunks[i], CountOf(i));
        }
    }

    private int CountOf(int chunk) => (int)Math.Min(ChunkSize, _length - (long)chunk * ChunkSize);

    /// <summary>Decodes UTF-8 from the chunks into the caller's buffer (replacing invalid bytes, as <see cref="StreamReader"/> does).</summary>
    private sealed class Utf8ChunkReader(ZohoCrmPooledContent content, int skip) : TextReader
    {
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
        private int _chunk;
        private int _offset = skip;
        private bool _flushed;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var chunks = content.Chunks();
            while (!buffer.IsEmpty)
            {
                var available = content.CountOf(_chunk) - _offset;
                if (available <= 0 && _chunk == chunks.Length - 1)
                {
                    if (_flushed)
                    {
                        return 0;
                    }

                    // A multi-byte sequence cut by the end of the body decodes as a replacement character.
                    _flushed = true;
                    _decoder.Convert([], buffer, flush: true, out _, out var tail, out _);
                    return tail;
                }

                _decoder.Convert(chunks[_chunk].AsSpan(_offset, available), buffer, flush: false, out var bytesUsed, out var charsUsed, out _);
                _offset += bytesUsed;
                if (bytesUsed == available && _chunk < chunks.Length - 1)
                {
                    _chunk++;
                    _offset = 0;
                }

                if (charsUsed > 0)
                {
                    return charsUsed;
                }
            }

            return 0;
        }

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer.AsSpan(index, count)));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new ValueTask<int>(Read(buffer.Span));
    }

    /// <summary>The chunks as a read-only stream (error bodies, and callers that want the bytes).</summary>
    private sealed class ChunkStream(ZohoCrmPooledContent content) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => content._length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var chunks = content.Chunks();
            var remaining = content._length - _position;
            if (remaining <= 0 || buffer.IsEmpty)
            {
                return 0;
            }

            var chunk = (int)(_position / ChunkSize);
            var offset = (int)(_position % ChunkSize);
            var count = Math.Min(buffer.Length, content.CountOf(chunk) - offset);
            chunks[chunk].AsSpan(offset, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
