namespace ComplaintsAssistant.Core.EmailIntake.Mime;

/// <summary>
/// Guards the MIME parser against lines no mail client writes: a line longer than <c>maxLine</c> bytes gets a line
/// break inserted (MimeKit's header parser grows its buffer step by step, so one 4 MB header line costs seconds and
/// gigabytes; RFC 5322 allows 998 characters), and a top-level header section of more than <c>maxHeaderLines</c>
/// lines, or with such a long line, ends the read there. Breaking a line changes nothing the intake reads in a body
/// (text, HTML and base64 all treat a line break as space or nothing); the stored email is the original, untouched.
/// </summary>
internal sealed class LineBreakingStream(Stream inner, int maxLine, int maxHeaderLines) : Stream
{
    // Each input byte yields at most three output bytes (a break before it), so output fits three times the input.
    private readonly byte[] chunk = new byte[16 * 1024];
    private readonly byte[] output = new byte[48 * 1024];
    private int outputStart, outputEnd;
    private int lineLength;
    private int headerLines;
    private bool inTopHeaders = true;
    private bool previousWasNewline;

    /// <summary>A line was longer than the limit and was broken.</summary>
    public bool BrokeLines { get; private set; }

    /// <summary>The message's own header section had more lines than the limit, or a line longer than the line
    /// limit: the read stopped there.</summary>
    public bool TooManyHeaderLines { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (outputStart == outputEnd && !TooManyHeaderLines) Fill(inner.Read(chunk));
        return Drain(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (outputStart == outputEnd && !TooManyHeaderLines) Fill(await inner.ReadAsync(chunk, cancellationToken));
        return Drain(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Fill(int read)
    {
        (outputStart, outputEnd) = (0, 0);
        for (int i = 0; i < read; i++)
        {
            var b = chunk[i];
            if (b == (byte)'\n')
            {
                if (inTopHeaders)
                {
                    // A blank line ends the header section ("\n\n" or "\r\n\r\n").
                    if (previousWasNewline || lineLength == 0) inTopHeaders = false;
                    else if (++headerLines > maxHeaderLines) TooManyHeaderLines = true;
                }
                lineLength = 0;
                previousWasNewline = true;
                output[outputEnd++] = b;
                continue;
            }
            if (b != (byte)'\r') previousWasNewline = false;
            if (++lineLength > maxLine)
            {
                // The message's own headers are refused whole; elsewhere the line is broken. Not folded: a folded
                // header is still one header, and just as slow to parse.
                if (inTopHeaders) TooManyHeaderLines = true;
                output[outputEnd++] = (byte)'\r';
                output[outputEnd++] = (byte)'\n';
                lineLength = 1;
                BrokeLines = true;
            }
            if (TooManyHeaderLines) return;
            output[outputEnd++] = b;
        }
    }

    private int Drain(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, outputEnd - outputStart);
        output.AsSpan(outputStart, n).CopyTo(buffer);
        outputStart += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
