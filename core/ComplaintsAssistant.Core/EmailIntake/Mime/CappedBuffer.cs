namespace ComplaintsAssistant.Core.EmailIntake.Mime;

/// <summary>A write-only buffer that keeps the first <c>limit</c> bytes and drops the rest, so decoding a huge part
/// costs no more memory than the text we would read of it.</summary>
internal sealed class CappedBuffer(int limit) : Stream
{
    private readonly MemoryStream kept = new();

    public bool Truncated { get; private set; }

    public byte[] ToArray() => kept.ToArray();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = limit - (int)kept.Length;
        if (buffer.Length > room) Truncated = true;
        if (room > 0) kept.Write(buffer[..Math.Min(room, buffer.Length)]);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => kept.Length;
    public override long Position { get => kept.Length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
