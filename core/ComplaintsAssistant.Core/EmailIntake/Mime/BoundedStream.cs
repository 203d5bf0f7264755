namespace ComplaintsAssistant.Core.EmailIntake.Mime;

/// <summary>Reads at most <c>limit</c> bytes of another stream, then reports the end and remembers that there was more,
/// so a message too large to draft is refused instead of read whole into memory.</summary>
internal sealed class BoundedStream(Stream inner, long limit) : Stream
{
    private long read;

    /// <summary>The source had more than the limit.</summary>
    public bool Exceeded { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Exceeded) return 0;
        var allowed = (int)Math.Min(buffer.Length, limit - read + 1);
        var n = inner.Read(buffer[..allowed]);
        read += n;
        if (read <= limit) return n;
        Exceeded = true;
        return 0;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Exceeded) return 0;
        var allowed = (int)Math.Min(buffer.Length, limit - read + 1);
        var n = await inner.ReadAsync(buffer[..allowed], cancellationToken);
        read += n;
        if (read <= limit) return n;
        Exceeded = true;
        return 0;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
